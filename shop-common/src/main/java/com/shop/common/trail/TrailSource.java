package com.shop.common.trail;

import com.shop.pojo.trail.TrailEntry;
import java.util.List;

/**
 * One table's part of an order's trail in a service. Entries leave the service unset: the service's
 * {@link ServiceOrderTrail} names itself on each.
 */
@FunctionalInterface
public interface TrailSource {

    List<TrailEntry> entriesOf(long orderId);
}
