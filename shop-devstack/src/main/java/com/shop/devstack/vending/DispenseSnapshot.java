package com.shop.devstack.vending;

/**
 * The dispense of one order at one moment.
 *
 * @param commands how many times its command arrived
 */
public record DispenseSnapshot(
        String orderId, String innerCode, String channelCode, Long goodsId, int commands, Outcome outcome) {}
