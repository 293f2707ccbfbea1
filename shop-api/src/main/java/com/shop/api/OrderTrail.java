package com.shop.api;

import com.shop.pojo.trail.OrderTrailView;
import java.util.List;

/**
 * What happened to one order, as one service recorded it: its saga steps and their compensations, the messages of the
 * order it sent and consumed, and what its own tables keep of the order (payments, dispenses, the order's timeline).
 * Every service provides it, each under its own Dubbo group (the constants below), and the order web edge gathers
 * them. A read only: it changes nothing and checks no owner, so only the edge, after it checked who asks, calls it.
 */
public interface OrderTrail {

    String ORDER = "order";
    String GOODS = "goods";
    String COUPON = "coupon";
    String USER = "user";
    String PAY = "pay";

    /** Every service's group, in the order a trail names them. */
    List<String> GROUPS = List.of(ORDER, GOODS, COUPON, USER, PAY);

    /** The order's entries in this service, in time order; none when it never heard of the order. */
    OrderTrailView trailOf(long orderId);
}
