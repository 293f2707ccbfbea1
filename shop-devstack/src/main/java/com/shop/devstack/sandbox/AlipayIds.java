package com.shop.devstack.sandbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Alipay's identifiers and times, shaped like the real ones. */
final class AlipayIds {

    static final String QR_CODE_PREFIX = "https://qr.alipay.com/bax0";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERICS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private AlipayIds() {}

    static String qrCode() {
        return QR_CODE_PREFIX + random(ALPHANUMERICS, 20);
    }

    /** The payment date, {@code 2200} and 18 random digits: 30 characters. */
    static String tradeNo(Instant now) {
        return DAY.format(now) + "2200" + random("0123456789", 18);
    }

    static String notifyId() {
        return random(ALPHANUMERICS, 32);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in China Standard Time, as every Alipay time is written. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
