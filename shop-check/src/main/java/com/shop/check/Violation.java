package com.shop.check;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One thing found wrong.
 *
 * @param invariant the invariant it breaks, as the report names it
 * @param row       the offending row (or the figures that disagree), column by column
 */
public record Violation(String invariant, Map<String, Object> row) {

    public Violation {
        row = Map.copyOf(row.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The row as {@code column=value} pairs in column order, as the report prints it (for readers outside). */
    public String describe() {
        return Rows.describe(row);
    }

    @Override
    public String toString() {
        return invariant + ": " + describe();
    }
}
