package com.shop.devstack.vending;

import java.util.Locale;
import java.util.Optional;

/** How a simulated machine answers the dispense commands it gets from now on. */
public enum Mode {
    /** Dispenses and reports success. */
    SUCCEED,
    /** Dispenses nothing and reports a jammed motor. */
    FAIL,
    /** Never answers, like a machine that lost power or network. */
    SILENT;

    /** The mode named {@code succeed}, {@code fail} or {@code silent}, in any case. */
    public static Optional<Mode> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
