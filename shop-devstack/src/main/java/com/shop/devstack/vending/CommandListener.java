package com.shop.devstack.vending;

/** Takes the messages arriving on the machines' command topics. */
@FunctionalInterface
interface CommandListener {

    void arrived(String topic, byte[] payload);
}
