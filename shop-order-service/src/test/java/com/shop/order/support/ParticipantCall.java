package com.shop.order.support;

/** One call a fake participant received, with the protocol it came by ("dubbo" over the network, "direct" in a unit test). */
public record ParticipantCall(String method, long orderId, String protocol) {}
