package com.shop.api;

import com.shop.pojo.trail.OrderTrailView;

/**
 * What happened to one order, as one service recorded it: its saga steps and their compensations, the messages of the
 * order it sent and consumed, and what its own tables keep of the order (payments, dispenses, the order's timeline).
 * Every service provides it, each under its own Dubbo group ({@link ServiceGroups}), and the order web edge gathers
 * them. A read only: it changes nothing and checks no owner, so only the edge, after it checked who asks, calls it.
 */
public interface OrderTrail {

    /** The order's entries in this service, in time order; none when it never heard of the order. */
    OrderTrailView trailOf(long orderId);
}
