package com.shop.pojo.pay;

/** What closing an order's payment found. */
public enum PaymentClosure {
    /** The order had no open payment: nobody can pay it any more. */
    NO_PAYMENT,
    /** The trade was closed at the payment platform: nobody can pay it any more. */
    CLOSED,
    /** The platform says it was paid meanwhile: the payment succeeded and the order goes the paid way. */
    PAID
}
