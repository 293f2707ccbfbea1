package com.shop.api;

import java.util.List;

/**
 * The Dubbo group of each service's provider of an interface every service provides ({@link OrderTrail},
 * {@link MessagingStatus}): the service's name. The order web edge references each group and asks them all at once.
 */
public final class ServiceGroups {

    public static final String ORDER = "order";
    public static final String GOODS = "goods";
    public static final String COUPON = "coupon";
    public static final String USER = "user";
    public static final String PAY = "pay";

    /** Every service's group, in the order the edge lists them. */
    public static final List<String> ALL = List.of(ORDER, GOODS, COUPON, USER, PAY);

    private ServiceGroups() {}
}
