package com.shop.infra;

import java.util.Objects;

/** A user name and password of the MQTT broker. */
public record MqttCredentials(String username, String password) {

    public MqttCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The password as Paho takes it. */
    public char[] passwordChars() {
        return password.toCharArray();
    }

    @Override
    public String toString() {
        // a record would print the password into any log line that mentions the credentials
        return "MqttCredentials[username=" + username + "]";
    }
}
