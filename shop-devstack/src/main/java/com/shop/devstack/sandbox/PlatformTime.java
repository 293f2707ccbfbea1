package com.shop.devstack.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the platform writes them: {@code yyyyMMddHHmmss} in China Standard Time. */
final class PlatformTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Shanghai"));

    private PlatformTime() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
