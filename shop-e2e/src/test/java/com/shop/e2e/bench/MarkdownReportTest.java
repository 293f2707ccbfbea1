package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    /** A report as a short run of every scenario produces it, with made-up figures. */
    static BenchReport sample(List<String> problems) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", "2026-12-06 10:00:00 UTC");
        facts.put("JIT of the applications", "C1 only");
        facts.put("clients", "16");
        facts.put("innodb_flush_log_at_trx_commit", "1");
        ScenarioResult confirmMany =
                row("confirm, 16 clients (closed loop)", "confirm ×16", 3_000, 20, 95, Map.of("201", 3_000L));
        ScenarioResult small = row(
                "flash sale, 16 buyers (the sales)",
                "flash ×16",
                5_000,
                30,
                90,
                Map.of("201", 5_000L, "409 STOCK_INSUFFICIENT", 310L));
        ScenarioResult large = row(
                "flash sale, 256 buyers (the sales)",
                "flash ×256",
                5_000,
                33,
                1_400,
                Map.of("201", 5_000L, "409 STOCK_INSUFFICIENT", 290L));
        ScenarioResult floor = row(
                "floor: the confirmation's SQL over JDBC, 16 threads",
                "floor ×16",
                12_000,
                20,
                2.5,
                Map.of("done", 12_000L));
        ScenarioResult refusals = row(
                "compensation: refused confirmations at 20/s (open loop)",
                "refusals",
                400,
                20,
                60,
                Map.of("409 BALANCE_INSUFFICIENT", 400L));
        DelayResult undo = delay("refusal answered → last participant's undo", "refusal→undo", 400, 350, 1_000);
        return new BenchReport(
                new RunFacts(facts),
                List.of(confirmMany, small, large, floor),
                List.of(
                        new FlashSaleResult(16, small, 310, new FlashSaleCheck(5_000, 0, 5_000, 5_000, -5_000)),
                        new FlashSaleResult(256, large, 290, new FlashSaleCheck(5_000, 2, 4_998, 4_998, -4_998))),
                delay("callback → order paid", "callback→paid", 900, 40, 100),
                new CompensationResult(refusals, undo, 400, 400),
                List.of(
                        new Ratio("flash sale: sales/s of 256 buyers ÷ 16 buyers", 151.5, 166.7, 0.8),
                        new Ratio("suite ÷ floor, 16 clients", 150, 600, 0.6)),
                "{cachePrepStmts=true}",
                "Every invariant held after the run.",
                problems);
    }

    static ScenarioResult row(
            String title, String label, long done, double seconds, double millis, Map<String, Long> answers) {
        Histogram latencies = LatencyRecorder.empty();
        latencies.recordValueWithCount((long) (millis * 1_000), done);
        return new ScenarioResult(title, label, done, seconds, latencies, new TreeMap<>(answers));
    }

    private static DelayResult delay(String title, String label, long count, long millis, double goal) {
        LatencyRecorder delays = new LatencyRecorder();
        for (long i = 0; i < count; i++) {
            delays.recordMillis(millis);
        }
        return new DelayResult(title, label, count, delays.merged(), goal);
    }

    @Test
    void listsTheFactsThenARowPerScenario() {
        String markdown = MarkdownReport.render(sample(List.of()));

        assertThat(markdown).startsWith("# Shop benchmark\n\n| | |\n|---|---|\n| date | 2026-12-06 10:00:00 UTC |\n");
        assertThat(markdown).contains("| innodb_flush_log_at_trx_commit | 1 |");
        assertThat(markdown)
                .contains("| confirm, 16 clients (closed loop) | 150.0 | 95.0 | 95.0 | 95.0 | 95.0 | 95.0"
                        + " | 3000 | 201: 3000 |");
        assertThat(markdown).contains("| flash sale, 16 buyers (the sales) | 166.7 |");
        assertThat(markdown).contains("| 201: 5000, 409 STOCK_INSUFFICIENT: 310 |");
        assertThat(markdown).doesNotContain("## Failed checks");
    }

    @Test
    void showsTheChecksTheDelaysAndTheRatiosWithTheirGoals() {
        String markdown = MarkdownReport.render(sample(List.of("flash sale of 256 buyers: 2 units left in stock")));

        assertThat(markdown).contains("| 16 | 5000 | 166.7 | 90.0 | 90.0 | 310 | 0 | 5000 | 5000 | -5000 | yes |");
        assertThat(markdown)
                .contains("| 256 | 5000 | 151.5 | 1400.8 | 1400.8 | 290 | 2 | 4998 | 4998 | -4998"
                        + " | **no**: 2 units left in stock;");
        assertThat(markdown)
                .contains("| callback → order paid | 900 | 40.0 | 40.0 | 40.0 | 40.0 | 0" + " | p99 < 100 ms: met |");
        assertThat(markdown)
                .contains("| refusal answered → last participant's undo | 400 | 350.2 | 350.2 | 350.2"
                        + " | 350.2 | 0 |"
                        + " 400 of 400 | p99 < 1000 ms: met |");
        assertThat(markdown)
                .contains("| flash sale: sales/s of 256 buyers ÷ 16 buyers | 151.5 | 166.7 | 0.91" + " | ≥ 0.8: met |");
        assertThat(markdown).contains("| suite ÷ floor, 16 clients | 150.0 | 600.0 | 0.25 | ≥ 0.6: **not met** |");
        assertThat(markdown).contains("`{cachePrepStmts=true}`");
        assertThat(markdown).contains("## Invariants\n\nEvery invariant held after the run.\n");
        assertThat(markdown).endsWith("## Failed checks\n\n- flash sale of 256 buyers: 2 units left in stock\n");
    }

    @Test
    void keepsTableCellsWhole() {
        ScenarioResult odd = row("a | b", "x", 1, 1, 1, Map.of("error a|b", 1L));
        BenchReport report = new BenchReport(
                new RunFacts(Map.of("date", "today")),
                List.of(odd),
                List.of(),
                null,
                null,
                List.of(),
                null,
                "Not checked.",
                List.of());

        assertThat(MarkdownReport.render(report))
                .contains("| a \\| b |")
                .contains("error a\\|b: 1")
                .doesNotContain("## Flash sale")
                .doesNotContain("## Floor")
                .doesNotContain("## Ratios");
    }
}
