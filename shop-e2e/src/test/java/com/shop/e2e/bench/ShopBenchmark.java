package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.infra.RepositoryRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: the suite started as {@code ./shop up} starts it by default (see {@link BenchStack}), driven over
 * HTTP by a load generator in this JVM, against a floor of the same SQL over plain JDBC. Not part of
 * {@code ./mvnw verify}; run it with
 *
 * <pre>{@code ./shop bench [--clients N] [--seconds S] [--warmup S] [--rate R] [--quick-jit]
 *             [--only scenario,...] [--floor-only]}</pre>
 *
 * which builds what is missing and runs {@code ./mvnw -B -pl shop-e2e verify -Pbenchmark -Dbench.clients=N ...}.
 * Options (system properties {@code bench.*}):
 * <ul>
 *   <li>{@code --clients N} (16): closed-loop clients, and the open loop's connections (at least);</li>
 *   <li>{@code --seconds S} (30): measured per scenario;</li>
 *   <li>{@code --warmup S} (60): warm-up per scenario, every scenario warmed up before any is measured;</li>
 *   <li>{@code --rate R}: the open loop's requests per second (default: 80 % of what the closed loop of N clients
 *       reached);</li>
 *   <li>{@code --quick-jit}: the applications run with C1 only, as {@code ./shop up --quick-jit} runs them
 *       (default: C1 and C2, as {@code ./shop up} does);</li>
 *   <li>{@code --only confirm-1,confirm-n,open-loop,flash-sale,pay,compensation,floor}: a subset of the scenarios;</li>
 *   <li>{@code --floor-only}: the floor alone, against the infrastructure and the three services whose tables it
 *       copies.</li>
 * </ul>
 * The scenarios: confirmations by 1 and by N clients (closed loop) and at a fixed rate (open loop, latency from each
 * request's intended start); flash sales of 5,000 units to 16 and to 256 buyers, checked to have sold exactly the
 * units; payments (open payment + the platform's signed notification), with the time from the notification until the
 * order is marked paid; refused orders, with the time until every participant undid its part; and the floor. Then
 * every invariant of the suite is checked. The report, {@code report.md} and {@code report.png}, goes to
 * {@code target/bench/<yyyyMMdd-HHmmss>/} at the repository root, and the Markdown to the console too; the run fails
 * when a correctness check failed (an invariant, a flash sale's count, a payment or a compensation never applied).
 */
class ShopBenchmark {

    @Test
    void benchmark() throws IOException {
        Path root = RepositoryRoot.find();
        BenchReport report = new BenchmarkRun(root, BenchOptions.fromSystemProperties()).run();
        Path folder = Files.createDirectories(root.resolve("target/bench")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        String markdown = MarkdownReport.render(report);
        Files.writeString(folder.resolve("report.md"), markdown);
        ReportChart.write(report, folder.resolve("report.png"));
        System.out.println();
        System.out.println(markdown);
        System.out.println("The report: " + folder.resolve("report.md") + " and " + folder.resolve("report.png"));
        assertThat(report.problems())
                .as("failed checks (see " + folder.resolve("report.md") + ")")
                .isEmpty();
    }
}
