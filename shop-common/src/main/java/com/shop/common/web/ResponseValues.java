package com.shop.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;

/** How the web edges write values from the services in JSON, the same in both. */
public final class ResponseValues {

    private ResponseValues() {}

    /** Money always carries two decimals, so 12.5 is written 12.50 whatever scale the service used. */
    public static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Ids are 64-bit: as JSON numbers JavaScript clients would round them, so they travel as strings. */
    public static String id(Long id) {
        return id == null ? null : Long.toString(id);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
