package com.shop.pay.gateway;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The flat XML of WeChat Pay v2 ({@code <xml><field>value</field>...</xml>}). Parsing refuses any DOCTYPE, so no
 * external entity, entity expansion or DTD fetch can happen, whoever sent the document.
 */
public final class WechatPayXml {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private WechatPayXml() {}

    /** @throws IllegalArgumentException when the text is not such a document, or declares a DOCTYPE */
    public static Map<String, String> parse(String xml) {
        return parse(xml, "xml");
    }

    /** The same flat document under another root element, such as a refund notification's {@code <root>}. */
    public static Map<String, String> parse(String xml, String rootName) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            if (!rootName.equals(root.getNodeName())) {
                throw new IllegalArgumentException(
                        "the root element is <" + root.getNodeName() + ">, not <" + rootName + ">");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    fields.put(child.getNodeName(), child.getTextContent().trim());
                }
            }
            return fields;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("not a WeChat Pay XML document: " + e.getMessage(), e);
        }
    }

    public static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></")
                .append(name)
                .append('>'));
        return xml.append("</xml>").toString();
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
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
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
