package com.shop.e2e.bench;

/**
 * Reads one top-level field of a small JSON answer ({@code orderId}, {@code payId}, {@code code}) by scanning for it:
 * building a JSON tree for every answer would cost the load generator, which shares the cores with the suite, more
 * than the field is worth.
 */
final class JsonFields {

    private JsonFields() {}

    /** The field's value as text, whether it is a JSON string or a number; null when the body has no such field. */
    static String text(String body, String field) {
        String key = "\"" + field + "\"";
        int at = body.indexOf(key);
        if (at < 0) {
            return null;
        }
        int colon = body.indexOf(':', at + key.length());
        if (colon < 0) {
            return null;
        }
        int start = colon + 1;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        if (start >= body.length()) {
            return null;
        }
        if (body.charAt(start) == '"') {
            int end = body.indexOf('"', start + 1);
            return end < 0 ? null : body.substring(start + 1, end);
        }
        int end = start;
        while (end < body.length() && ",}] \n\r\t".indexOf(body.charAt(end)) < 0) {
            end++;
        }
        String value = body.substring(start, end);
        return value.isEmpty() || value.equals("null") ? null : value;
    }
}
