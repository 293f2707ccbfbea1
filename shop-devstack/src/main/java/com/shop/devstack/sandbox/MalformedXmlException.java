package com.shop.devstack.sandbox;

/** A message that is not the flat WeChat Pay v2 XML, or that carries a DOCTYPE. */
final class MalformedXmlException extends RuntimeException {

    MalformedXmlException(String message) {
        super(message);
    }

    MalformedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
