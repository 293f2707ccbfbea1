package com.shop.devstack.vending;

/** A message on a machine's command topic that is not a dispense command the simulator can act on. */
final class MalformedCommandException extends Exception {

    MalformedCommandException(String message) {
        super(message);
    }
}
