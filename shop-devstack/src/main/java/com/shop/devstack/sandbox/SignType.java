package com.shop.devstack.sandbox;

/** How a WeChat Pay v2 message is signed; a message without {@code sign_type} is signed with MD5. */
enum SignType {
    MD5("MD5"),
    HMAC_SHA256("HMAC-SHA256");

    private final String wireName;

    SignType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of the {@code sign_type} field. */
    String wireName() {
        return wireName;
    }

    /** The sign type a message's {@code sign_type} field names; absent or empty means MD5. */
    static SignType of(String field) {
        if (field == null || field.isEmpty()) {
            return MD5;
        }
        for (SignType type : values()) {
            if (type.wireName.equals(field)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unsupported sign_type " + field);
    }
}
