package com.shop.api;

import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pojo.pay.PaymentView;

/** Payments of orders. */
public interface PaymentService {

    /** The payment, if it belongs to the user; another user's payment does not exist for them. */
    PaymentView getPayment(long userId, long payId) throws PaymentNotFoundException;
}
