package com.shop.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reading the columns of a row the way the checks need them, and printing a row. */
final class Rows {

    private Rows() {}

    static long longOf(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    static int intOf(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    static Long nullableLong(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    static BigDecimal money(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** {@code column=value} pairs in column order, values of money without trailing zeros beyond cents. */
    static String describe(Map<String, Object> row) {
        return new TreeMap<>(row)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(" "));
    }
}
