package com.shop.pay.support;

/** Holds the scripted order provider for the tests to put orders in. */
public record ScriptedOrders(ScriptedOrderService service) {}
