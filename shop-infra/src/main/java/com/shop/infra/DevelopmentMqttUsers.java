package com.shop.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The development users of the embedded MQTT broker. The goods service is one user; every vending machine is a user
 * of its own, named by its inner code (as {@code %u} in a Mosquitto ACL pattern then names its topics), whose password
 * is derived from its inner code with a development key (the first 32 hex digits of HMAC-SHA256 of the inner code),
 * so a machine added to the goods database can connect at once without being listed anywhere. Known to everyone who
 * reads this code, so only for development.
 */
public final class DevelopmentMqttUsers {

    /** The goods service's user name; also its default in the service's configuration. */
    public static final String SERVICE_USERNAME = "shop-goods-service";

    public static final MqttCredentials SERVICE =
            new MqttCredentials(SERVICE_USERNAME, "shop-development-mqtt-password");

    private static final byte[] MACHINE_KEY = "shop-development-machine-key".getBytes(StandardCharsets.US_ASCII);
    private static final int PASSWORD_HEX_DIGITS = 32;
    /** One topic level: a wildcard or separator in a user name would widen the topics it may use. */
    private static final Pattern INNER_CODE = Pattern.compile("[^/+#\\s]{1,32}");

    private DevelopmentMqttUsers() {}

    /** The credentials a machine connects with. */
    public static MqttCredentials machine(String innerCode) {
        if (machineOf(innerCode).isEmpty()) {
            throw new IllegalArgumentException("not a machine's inner code: '" + innerCode + "'");
        }
        return new MqttCredentials(innerCode, derivedPassword(innerCode));
    }

    /** The machine a user name belongs to; empty for the service or a name that is no machine's. */
    public static Optional<String> machineOf(String username) {
        return isMachine(username) && !SERVICE_USERNAME.equals(username) ? Optional.of(username) : Optional.empty();
    }

    /** Whether the text can be a machine's inner code: one topic level of 1 to 32 characters. */
    static boolean isMachine(String text) {
        return text != null && INNER_CODE.matcher(text).matches();
    }

    private static String derivedPassword(String innerCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MACHINE_KEY, "HmacSHA256"));
            byte[] digest = mac.doFinal(innerCode.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, PASSWORD_HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
