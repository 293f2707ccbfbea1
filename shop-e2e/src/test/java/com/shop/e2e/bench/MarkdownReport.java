package com.shop.e2e.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The report as Markdown: the facts of the run, then one section per kind of result, then the verdicts. */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(BenchReport report) {
        StringBuilder markdown = new StringBuilder("# Shop benchmark\n\n");
        facts(markdown, report.facts());
        scenarios(markdown, report);
        if (!report.flashSales().isEmpty()) {
            flashSales(markdown, report);
        }
        if (report.callbackToPaid() != null) {
            markdown.append("\n## Callback → order paid\n\nFrom just before the platform's notification was sent"
                    + " (client clock) until the order service marked the order paid (`trade_order.update_time`,"
                    + " database clock, same machine), read back after the run.\n\n");
            delays(markdown, report.callbackToPaid(), null);
        }
        if (report.compensation() != null) {
            compensation(markdown, report.compensation());
        }
        if (report.driverSettings() != null) {
            markdown.append("\n## Floor\n\nThe business SQL of a confirmation (four transactions: order, stock,"
                            + " balance, confirmation) over plain JDBC from the benchmark's JVM, on scratch copies of the"
                            + " services' tables in the same MariaDB, with the services' driver settings: `")
                    .append(report.driverSettings())
                    .append("`, autocommit off.\n");
        }
        if (!report.ratios().isEmpty()) {
            ratios(markdown, report);
        }
        markdown.append("\n## Invariants\n\n").append(report.invariants()).append('\n');
        if (!report.problems().isEmpty()) {
            markdown.append("\n## Failed checks\n\n");
            report.problems()
                    .forEach(problem -> markdown.append("- ").append(problem).append('\n'));
        }
        return markdown.toString();
    }

    private static void facts(StringBuilder markdown, RunFacts facts) {
        markdown.append("| | |\n|---|---|\n");
        facts.facts()
                .forEach((name, value) -> markdown.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(cell(value))
                        .append(" |\n"));
    }

    private static void scenarios(StringBuilder markdown, BenchReport report) {
        markdown.append("\n## Scenarios\n\n| scenario | done/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | timed"
                + " | answers |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ScenarioResult row : report.scenarios()) {
            markdown.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %s | %s | %s | %s | %s | %d | %s |%n",
                    cell(row.title()),
                    row.throughput(),
                    millis(row.millisAt(50)),
                    millis(row.millisAt(90)),
                    millis(row.millisAt(99)),
                    millis(row.millisAt(99.9)),
                    millis(row.maxMillis()),
                    row.timed(),
                    cell(answers(row.answers()))));
        }
        markdown.append("\nLatencies are of every answer, except a flash sale's: of its sales only; a flash sale's"
                + " done/s is its sales from its start to its last sale. The open loop's and the compensation's"
                + " latencies count from each request's intended start. A pay operation is `POST /api/payments` on"
                + " pay-web plus the platform's signed notification; the confirmation before it is not measured.\n");
    }

    private static void flashSales(StringBuilder markdown, BenchReport report) {
        markdown.append("\n## Flash sale\n\nGoods with ")
                .append(FlashSale.UNITS)
                .append(" units at ")
                .append(ShopHttp.GOODS_PRICE)
                .append("; buyers (distinct shoppers) buy one unit after another until ")
                .append(FlashSale.AFTER_FIRST_REFUSAL.toSeconds())
                .append(" s after the first refusal. Checked once the"
                        + " compensations settled: stock 0, as many orders confirmed as units, as many live reductions"
                        + " in the stock ledger summing to minus the units.\n\n| buyers | sold (201) | sales/s | p50 ms"
                        + " | p99 ms | refusals | stock left | orders confirmed | live reductions | ledger sum"
                        + " | exactly sold |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (FlashSaleResult sale : report.flashSales()) {
            FlashSaleCheck check = sale.check();
            markdown.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f | %s | %s | %d | %d | %d | %d | %d | %s |%n",
                    sale.buyers(),
                    sale.sales().done(),
                    sale.sales().throughput(),
                    millis(sale.sales().millisAt(50)),
                    millis(sale.sales().millisAt(99)),
                    sale.refusals(),
                    check.stockLeft(),
                    check.confirmedOrders(),
                    check.liveReductions(),
                    check.liveUnits(),
                    check.holds() ? "yes" : "**no**: " + cell(String.join("; ", check.problems()))));
        }
    }

    private static void compensation(StringBuilder markdown, CompensationResult compensation) {
        markdown.append("\n## Compensation\n\nRefused orders (the balance step refuses after the stock step took a"
                + " unit): from the refusal's answer (client clock) to the last of the participants' undos (the"
                + " `consumer_timestamp` of its `OrderCancelled` consumer-log row, database clock), read back after"
                + " the run.\n\n");
        delays(
                markdown,
                compensation.undo(),
                String.format(Locale.ROOT, "%d of %d", compensation.unitsGivenBack(), compensation.refusedOrders()));
    }

    /** A table of delays; {@code unitsBack} adds the column of refused orders whose unit came back. */
    private static void delays(StringBuilder markdown, DelayResult delays, String unitsBack) {
        markdown.append("| what | count | p50 ms | p90 ms | p99 ms | max ms | never seen |")
                .append(unitsBack == null ? "" : " unit given back |")
                .append(" goal |\n|---|---:|---:|---:|---:|---:|---:|")
                .append(unitsBack == null ? "" : "---:|")
                .append("---|\n");
        markdown.append(String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | %s | %s | %d |%s %s |%n",
                delays.title(),
                delays.found(),
                millis(delays.millisAt(50)),
                millis(delays.millisAt(90)),
                millis(delays.millisAt(99)),
                millis(delays.maxMillis()),
                delays.missing(),
                unitsBack == null ? "" : " " + unitsBack + " |",
                goal(String.format(Locale.ROOT, "p99 < %.0f ms", delays.goalP99Millis()), delays.meetsGoal())));
    }

    private static void ratios(StringBuilder markdown, BenchReport report) {
        markdown.append("\n## Ratios\n\n| ratio | numerator /s | denominator /s | ratio | goal |\n"
                + "|---|---:|---:|---:|---|\n");
        for (Ratio ratio : report.ratios()) {
            markdown.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.2f | %s |%n",
                    ratio.title(),
                    ratio.numerator(),
                    ratio.denominator(),
                    ratio.value(),
                    ratio.goal() > 0
                            ? goal(String.format(Locale.ROOT, "≥ %.1f", ratio.goal()), ratio.meetsGoal())
                            : "—"));
        }
    }

    private static String goal(String goal, boolean met) {
        return goal + (met ? ": met" : ": **not met**");
    }

    static String answers(Map<String, Long> answers) {
        return answers.entrySet().stream()
                .map(answer -> answer.getKey() + ": " + answer.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    /** Text safe inside a table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
