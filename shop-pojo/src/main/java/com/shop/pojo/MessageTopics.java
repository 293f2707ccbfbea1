package com.shop.pojo;

/** Topic and tag names of every message shop sends; the README's message catalogue lists who consumes them. */
public final class MessageTopics {

    /** Events about orders, produced by the order service. */
    public static final String ORDER = "shop-order";
    /** Tag of {@link com.shop.pojo.event.OrderCancelled}. */
    public static final String ORDER_CANCELLED = "OrderCancelled";

    /** Events about payments, produced by the pay service. */
    public static final String PAY = "shop-pay";
    /** Tag of {@link com.shop.pojo.event.PaymentSucceeded}. */
    public static final String PAYMENT_SUCCEEDED = "PaymentSucceeded";

    /** Events about user accounts, produced by the user service. */
    public static final String USER = "shop-user";
    /** Tag of {@link com.shop.pojo.event.UserRegistered}. */
    public static final String USER_REGISTERED = "UserRegistered";

    /**
     * Events about goods and vending machines, produced by the goods service. It also sends itself two messages here,
     * {@code DispenseRequested} and the timer {@code DispenseDue}, which no other service reads: their payloads and
     * tags are the goods service's own.
     */
    public static final String GOODS = "shop-goods";
    /** Tag of {@link com.shop.pojo.event.VendingDispensed}. */
    public static final String VENDING_DISPENSED = "VendingDispensed";
    /** Tag of {@link com.shop.pojo.event.VendingDispenseFailed}. */
    public static final String VENDING_DISPENSE_FAILED = "VendingDispenseFailed";

    private MessageTopics() {}
}
