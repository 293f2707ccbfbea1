package com.shop.infra;

import io.moquette.broker.security.IAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets into the embedded broker only the goods service and the machines, each with its development password
 * ({@link DevelopmentMqttUsers}); anonymous clients and everyone else are refused at CONNECT.
 */
final class VendingBrokerAuthenticator implements IAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(VendingBrokerAuthenticator.class);

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        Optional<MqttCredentials> expected = expectedFor(username);
        boolean valid = expected.isPresent()
                && password != null
                && MessageDigest.isEqual(expected.get().password().getBytes(StandardCharsets.UTF_8), password);
        if (!valid) {
            log.warn(
                    "MQTT client {} refused: {}",
                    clientId,
                    username == null ? "no credentials" : "wrong credentials for user " + username);
        }
        return valid;
    }

    private static Optional<MqttCredentials> expectedFor(String username) {
        if (DevelopmentMqttUsers.SERVICE_USERNAME.equals(username)) {
            return Optional.of(DevelopmentMqttUsers.SERVICE);
        }
        return DevelopmentMqttUsers.machineOf(username).map(DevelopmentMqttUsers::machine);
    }
}
