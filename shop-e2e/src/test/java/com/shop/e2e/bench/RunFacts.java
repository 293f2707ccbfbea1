package com.shop.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a reader needs to compare one report with another: when, on what machine, the Java and JIT mode of the
 * applications, the load's shape, and the settings that change the figures (durability, the payment timeout), in the
 * order the report lists them.
 */
record RunFacts(Map<String, String> facts) {

    static RunFacts of(ZonedDateTime started, BenchOptions options, String flushLogAtTrxCommit, String logs) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT)));
        facts.put(
                "machine",
                String.format(Locale.ROOT, "%s cores (nproc), %s, %s memory", processors(), cpuModel(), memory()));
        facts.put(
                "OS / kernel",
                operatingSystem() + " / " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        facts.put(
                "Java of the applications",
                "the benchmark's own: " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"));
        facts.put("JIT of the applications", options.jitMode());
        facts.put("clients", Integer.toString(options.clients()));
        facts.put("warm-up", options.warmup().toSeconds() + " s per scenario, every scenario before any is measured");
        facts.put("measured", options.measured().toSeconds() + " s per scenario");
        facts.put(
                "scenarios",
                options.scenarios().stream().map(Scenario::key).toList().toString());
        facts.put("innodb_flush_log_at_trx_commit", flushLogAtTrxCommit);
        facts.put(
                "payment timeout",
                "SHOP_ORDER_PAYMENT_TIMEOUT=" + BenchStack.PAYMENT_TIMEOUT
                        + " (10m by default), so unpaid orders never time out during a later scenario");
        facts.put("logs", logs);
        return new RunFacts(facts);
    }

    /** What {@code nproc} says: the cores this process may use. */
    private static String processors() {
        try {
            Process nproc =
                    new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String answer = new String(nproc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return nproc.waitFor(5, TimeUnit.SECONDS) && nproc.exitValue() == 0
                    ? answer
                    : Integer.toString(Runtime.getRuntime().availableProcessors());
        } catch (IOException e) {
            return Integer.toString(Runtime.getRuntime().availableProcessors());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Integer.toString(Runtime.getRuntime().availableProcessors());
        }
    }

    private static String cpuModel() {
        return line(Path.of("/proc/cpuinfo"), "model name")
                .map(RunFacts::valueAfterColon)
                .orElse("CPU model unknown");
    }

    private static String memory() {
        return line(Path.of("/proc/meminfo"), "MemTotal")
                .map(RunFacts::valueAfterColon)
                .map(kilobytes -> String.format(
                        Locale.ROOT, "%.1f GiB", Long.parseLong(kilobytes.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
    }

    private static String operatingSystem() {
        return line(Path.of("/etc/os-release"), "PRETTY_NAME=")
                .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    private static Optional<String> line(Path file, String prefix) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String valueAfterColon(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }
}
