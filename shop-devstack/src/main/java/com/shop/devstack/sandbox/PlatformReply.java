package com.shop.devstack.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The business part of an answer: {@code result_code} and the operation's fields, before signing. */
final class PlatformReply {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private PlatformReply() {}

    static PlatformReply success() {
        return new PlatformReply().with("result_code", "SUCCESS");
    }

    static PlatformReply refused(BusinessRefusal refusal) {
        return new PlatformReply()
                .with("result_code", "FAIL")
                .with("err_code", refusal.errCode())
                .with("err_code_des", refusal.getMessage());
    }

    /** Adds a field; a null value leaves it out, as the platform omits fields that do not apply. */
    PlatformReply with(String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
        return this;
    }

    Map<String, String> fields() {
        return fields;
    }
}
