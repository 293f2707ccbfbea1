package com.shop.devstack.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The flat XML of WeChat Pay v2: {@code <xml><field><![CDATA[value]]></field>...</xml>}. Parsing refuses any DOCTYPE,
 * so neither external entities nor entity expansion bombs can reach a document.
 */
final class WxPayXml {

    private static final String ROOT = "xml";
    private static final ErrorHandler SILENT = new ErrorHandler() {
        // the default handler prints every malformed request to stderr; the exception says it all
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private WxPayXml() {}

    /** The fields of a message, in document order; throws {@link MalformedXmlException} for anything else. */
    static Map<String, String> parse(byte[] xml) {
        Element root;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
        if (!ROOT.equals(root.getTagName())) {
            throw new MalformedXmlException("the root element must be <xml>, not <" + root.getTagName() + ">");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element field) {
                if (hasElementChildren(field)) {
                    throw new MalformedXmlException("field " + field.getTagName() + " is not flat");
                }
                if (fields.putIfAbsent(field.getTagName(), field.getTextContent()) != null) {
                    throw new MalformedXmlException("field " + field.getTagName() + " appears twice");
                }
            }
        }
        return fields;
    }

    static Map<String, String> parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append("><![CDATA[")
                // "]]>" would end the section early: split it across two sections
                .append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></")
                .append(name)
                .append('>'));
        return xml.append("</xml>").toString();
    }

    private static boolean hasElementChildren(Element field) {
        for (Node child = field.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // the JDK's own parser, whatever else the classpath brings, so the features below are known to exist
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
