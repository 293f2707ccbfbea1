package com.shop.pojo;

/** Topic and tag names of every message shop sends; the README's message catalogue lists who consumes them. */
public final class MessageTopics {

    /** Events about orders, produced by the order service. */
    public static final String ORDER = "shop-order";
    /** Tag of {@link com.shop.pojo.event.OrderCancelled}. */
    public static final String ORDER_CANCELLED = "OrderCancelled";

    private MessageTopics() {
    }
}
