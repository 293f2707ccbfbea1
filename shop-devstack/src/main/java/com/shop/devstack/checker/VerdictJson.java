package com.shop.devstack.checker;

import com.shop.check.CheckReport;
import com.shop.check.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A verdict as {@code GET /checker/verdict} shows it: every invariant, each with a few of the rows that break it. */
final class VerdictJson {

    /** Rows listed per invariant; {@code violations} says how many there are in all. */
    static final int ROWS_SHOWN = 5;

    private VerdictJson() {}

    static Map<String, Object> of(CheckReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checkedAt", report.checkedAt().toString());
        json.put("passed", report.passed());
        json.put(
                "invariants",
                report.results().entrySet().stream()
                        .map(result -> invariant(result.getKey(), result.getValue()))
                        .toList());
        return json;
    }

    private static Map<String, Object> invariant(String name, List<Violation> violations) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("holds", violations.isEmpty());
        json.put("violations", violations.size());
        json.put(
                "rows",
                violations.stream().limit(ROWS_SHOWN).map(Violation::describe).toList());
        return json;
    }
}
