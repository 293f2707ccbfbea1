package com.shop.pay.gateway;

import java.util.Optional;

/** The signature algorithms of WeChat Pay v2, by the names its {@code sign_type} field uses. */
public enum SignType {
    MD5("MD5"),
    HMAC_SHA256("HMAC-SHA256");

    private final String fieldValue;

    SignType(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    public String fieldValue() {
        return fieldValue;
    }

    /** The algorithm a message names; a message naming none is signed with MD5. */
    public static Optional<SignType> named(String fieldValue) {
        if (fieldValue == null || fieldValue.isEmpty()) {
            return Optional.of(MD5);
        }
        for (SignType type : values()) {
            if (type.fieldValue.equals(fieldValue)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
