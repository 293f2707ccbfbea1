package com.shop.e2e.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's scenarios, in the order they are warmed up and measured; {@link #key()} is what {@code --only}
 * takes.
 */
enum Scenario {
    CONFIRM_ONE("confirm-1"),
    CONFIRM_MANY("confirm-n"),
    OPEN_LOOP("open-loop"),
    FLASH_SALE("flash-sale"),
    PAY("pay"),
    COMPENSATION("compensation"),
    FLOOR("floor");

    private final String key;

    Scenario(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Scenario of(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(scenario -> scenario.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario '" + key + "'; known: " + keys()));
    }

    static String keys() {
        return Arrays.stream(values()).map(Scenario::key).collect(Collectors.joining(", "));
    }

    /** Whether the scenario drives the suite over HTTP (the floor does not). */
    boolean overHttp() {
        return this != FLOOR;
    }
}
