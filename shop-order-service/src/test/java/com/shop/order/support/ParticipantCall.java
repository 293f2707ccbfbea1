package com.shop.order.support;

/** One call a scripted participant received, with the protocol it came by ("dubbo" over the network). */
public record ParticipantCall(String method, long orderId, String protocol) {
}
