package com.shop.devstack.sandbox;

import java.util.Map;

/** The fields of a request whose merchant and signature have been checked. */
final class PlatformRequest {

    private final Map<String, String> fields;
    private final SignType signType;

    PlatformRequest(Map<String, String> fields, SignType signType) {
        this.fields = Map.copyOf(fields);
        this.signType = signType;
    }

    SignType signType() {
        return signType;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new BusinessRefusal("PARAM_ERROR", name + " is required");
        }
        return value;
    }

    /** The field's value, or null when it is absent or empty. */
    String optional(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** A required amount in fen: a whole number. */
    long fen(String name) {
        String value = required(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BusinessRefusal("PARAM_ERROR", name + " must be a whole number of fen, not '" + value + "'");
        }
    }
}
