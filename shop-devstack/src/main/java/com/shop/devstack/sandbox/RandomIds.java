package com.shop.devstack.sandbox;

import java.security.SecureRandom;
import java.time.Instant;

/** The identifiers the platform hands out, shaped like the real ones so clients' column sizes are tested. */
final class RandomIds {

    static final String CODE_URL_PREFIX = "weixin://wxpay/bizpayurl?pr=";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOWER_HEX = "0123456789abcdef";
    private static final String DIGITS = "0123456789";

    private RandomIds() {}

    static String nonce() {
        return random(ALPHANUMERICS, 32);
    }

    /** {@code wx}, the creation time and 20 random characters: 36 characters. */
    static String prepayId(Instant now) {
        return "wx" + PlatformTime.format(now) + random(LOWER_HEX, 20);
    }

    static String codeUrl() {
        return CODE_URL_PREFIX + random(ALPHANUMERICS, 10);
    }

    /** {@code 4200000}, the payment date and 13 random digits: 28 digits. */
    static String transactionId(Instant now) {
        return "4200000" + PlatformTime.format(now).substring(0, 8) + random(DIGITS, 13);
    }

    /** {@code 50300}, the refund date and 16 random digits: 29 digits. */
    static String refundId(Instant now) {
        return "50300" + PlatformTime.format(now).substring(0, 8) + random(DIGITS, 16);
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
