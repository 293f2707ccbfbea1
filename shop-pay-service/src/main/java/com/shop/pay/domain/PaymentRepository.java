package com.shop.pay.domain;

import java.util.Optional;

/** Payments of orders. */
public interface PaymentRepository {

    Optional<Payment> findPayment(long payId);
}
