package com.shop.pay.domain;

/** The platform refused a refund for a reason that asking again cannot change (not enough left, account abnormal). */
public class RefundRefusedException extends PaymentGatewayException {

    public RefundRefusedException(String message) {
        super(message);
    }
}
