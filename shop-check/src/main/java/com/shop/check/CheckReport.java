package com.shop.check;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one check: every invariant checked, each with the rows that break it (none when it holds).
 *
 * @param checkedAt when the databases were read
 */
public record CheckReport(Instant checkedAt, Map<String, List<Violation>> results) {

    /** Rows listed per invariant in {@link #format()}; the count says how many more there are. */
    static final int ROWS_SHOWN = 20;

    public CheckReport {
        Map<String, List<Violation>> copy = new LinkedHashMap<>();
        results.forEach((invariant, violations) -> copy.put(invariant, List.copyOf(violations)));
        results = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean passed() {
        return violations().isEmpty();
    }

    public List<Violation> violations() {
        return results.values().stream().flatMap(List::stream).toList();
    }

    /** The violations of one invariant (empty when it held or was not checked). */
    public List<Violation> violationsOf(String invariant) {
        return results.getOrDefault(invariant, List.of());
    }

    /** One line per invariant, the offending rows indented below a broken one. */
    public String format() {
        long broken = results.values().stream()
                .filter(violations -> !violations.isEmpty())
                .count();
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "%d invariants checked at %s: %s%n",
                results.size(), checkedAt, broken == 0 ? "all hold" : broken + " violated"));
        results.forEach((invariant, violations) -> {
            text.append(violations.isEmpty() ? "  ok    " : "  FAIL  ").append(invariant);
            text.append(violations.isEmpty() ? "" : " (" + violations.size() + ")")
                    .append(System.lineSeparator());
            violations.stream()
                    .limit(ROWS_SHOWN)
                    .forEach(violation -> text.append("          ")
                            .append(Rows.describe(violation.row()))
                            .append(System.lineSeparator()));
            if (violations.size() > ROWS_SHOWN) {
                text.append("          ... and ")
                        .append(violations.size() - ROWS_SHOWN)
                        .append(" more")
                        .append(System.lineSeparator());
            }
        });
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
