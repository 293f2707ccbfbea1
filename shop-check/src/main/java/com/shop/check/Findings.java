package com.shop.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the checks found, invariant by invariant; an invariant checked without a finding held. */
final class Findings {

    private final Map<String, List<Violation>> byInvariant = new LinkedHashMap<>();

    /** Every row a query found is a violation of the invariant (the query selects exactly the offending rows). */
    void offending(String invariant, List<Map<String, Object>> rows) {
        List<Violation> violations = byInvariant.computeIfAbsent(invariant, name -> new ArrayList<>());
        for (Map<String, Object> row : rows) {
            violations.add(new Violation(invariant, row));
        }
    }

    /** The invariant was checked; violations, if any, follow through {@link #violation}. */
    void checked(String invariant) {
        byInvariant.computeIfAbsent(invariant, name -> new ArrayList<>());
    }

    void violation(String invariant, Map<String, Object> figures) {
        byInvariant.computeIfAbsent(invariant, name -> new ArrayList<>()).add(new Violation(invariant, figures));
    }

    CheckReport report(Instant checkedAt) {
        return new CheckReport(checkedAt, byInvariant);
    }
}
