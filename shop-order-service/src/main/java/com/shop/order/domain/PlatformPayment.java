package com.shop.order.domain;

import com.shop.pojo.pay.PayChannel;
import java.util.Date;

/** The pay service's payment that paid an order: its id, the platform and the platform's id of the trade. */
public record PlatformPayment(long payId, PayChannel channel, String transactionId, Date paidAt) {}
