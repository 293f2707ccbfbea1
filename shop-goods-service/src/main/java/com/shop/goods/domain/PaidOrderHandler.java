package com.shop.goods.domain;

import com.shop.pojo.event.PaymentSucceeded;

/**
 * Something the goods service does once an order is paid; the vending dispense (docs/architecture.md §8) is one.
 * Handlers run inside the transaction that records the payment as handled, once per order: they write what has to
 * happen there, and anything remote (a dispense command to a machine) happens after that transaction commits.
 * A handler leaves orders that are none of its business alone.
 */
public interface PaidOrderHandler {

    void orderPaid(PaymentSucceeded payment);
}
