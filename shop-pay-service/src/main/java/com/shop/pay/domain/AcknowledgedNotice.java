package com.shop.pay.domain;

/**
 * A genuine notification about one of our trades that changes nothing here, such as Alipay's word that a trade was
 * closed (by our close, or by its refund): it is acknowledged so the platform stops sending it.
 *
 * @param status the platform's word for the trade's state, for the logs
 */
public record AcknowledgedNotice(long payId, String status) implements PaymentNotice {}
