package com.shop.devstack.vending;

/** Sends a machine's dispense result to the goods service. */
@FunctionalInterface
interface ResultPublisher {

    void publish(String innerCode, DispenseResult result);
}
