package com.shop.goods.vending.application;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Issues the id each dispense command carries: 128 random bits, so a result can answer a command only if whoever sent
 * it saw the command, and no one can guess the id of a command they did not see.
 */
@Component
public class DispenseCommandIds {

    private static final int BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** A new id, 22 URL-safe characters. */
    public String next() {
        byte[] id = new byte[BYTES];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
