package com.shop.devstack.sandbox;

/** A refund the platform made: the merchant's {@code out_refund_no}, the platform's id and the amount in fen. */
record Refund(String outRefundNo, String refundId, long refundFee) {
}
