package com.shop.e2e.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What {@code ./shop bench} was asked for, read from the {@code bench.*} system properties the Maven profile passes
 * on. Blank values mean the default, so the profile can pass every property whether it was given or not.
 *
 * @param clients       closed-loop clients and open-loop connections (at least)
 * @param measured      how long each scenario is measured
 * @param warmup        how long each scenario is warmed up, all of them before any is measured
 * @param optimizingJit whether the applications run with C2 as well as C1 (as {@code ./shop up} does), or with C1
 *                      only ({@code --quick-jit})
 * @param rate          the open loop's requests per second; 0 for 80 % of what the closed loop of all clients reached
 * @param scenarios     the scenarios to run
 * @param floorOnly     the floor alone, against a stack of the three services whose tables it copies
 */
record BenchOptions(
        int clients,
        Duration measured,
        Duration warmup,
        boolean optimizingJit,
        double rate,
        Set<Scenario> scenarios,
        boolean floorOnly) {

    static final int DEFAULT_CLIENTS = 16;
    static final int DEFAULT_SECONDS = 30;
    static final int DEFAULT_WARMUP_SECONDS = 60;

    static BenchOptions fromSystemProperties() {
        return parse(System::getProperty);
    }

    static BenchOptions parse(UnaryOperator<String> properties) {
        boolean floorOnly = Boolean.parseBoolean(value(properties, "bench.floor-only", "false"));
        return new BenchOptions(
                positive(properties, "bench.clients", DEFAULT_CLIENTS),
                Duration.ofSeconds(positive(properties, "bench.seconds", DEFAULT_SECONDS)),
                Duration.ofSeconds(positive(properties, "bench.warmup", DEFAULT_WARMUP_SECONDS)),
                !Boolean.parseBoolean(value(properties, "bench.quick-jit", "false")),
                rate(value(properties, "bench.rate", "0")),
                floorOnly ? EnumSet.of(Scenario.FLOOR) : scenarios(value(properties, "bench.only", "")),
                floorOnly);
    }

    boolean runs(Scenario scenario) {
        return scenarios.contains(scenario);
    }

    /** Whether any scenario drives the suite over HTTP; only then are shoppers and goods set up. */
    boolean drivesTheSuite() {
        return scenarios.stream().anyMatch(Scenario::overHttp);
    }

    String jitMode() {
        return optimizingJit ? "C1 + C2 (the default of ./shop up)" : "C1 only (-XX:TieredStopAtLevel=1, --quick-jit)";
    }

    private static String value(UnaryOperator<String> properties, String name, String fallback) {
        String value = properties.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int positive(UnaryOperator<String> properties, String name, int fallback) {
        String value = value(properties, name, Integer.toString(fallback));
        if (!value.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static double rate(String value) {
        if (!value.matches("[0-9]{1,9}(\\.[0-9]+)?")) {
            throw new IllegalArgumentException(
                    "bench.rate must be a number of requests per second, not '" + value + "'");
        }
        return Double.parseDouble(value);
    }

    private static Set<Scenario> scenarios(String only) {
        if (only.isEmpty()) {
            return EnumSet.allOf(Scenario.class);
        }
        Set<Scenario> chosen = EnumSet.noneOf(Scenario.class);
        Arrays.stream(only.split(","))
                .filter(key -> !key.isBlank())
                .map(Scenario::of)
                .forEach(chosen::add);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("bench.only names no scenario; known: " + Scenario.keys());
        }
        return chosen;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%d clients, %d s warm-up and %d s measured per scenario, JIT %s," + " scenarios %s",
                clients,
                warmup.toSeconds(),
                measured.toSeconds(),
                jitMode(),
                scenarios);
    }
}
