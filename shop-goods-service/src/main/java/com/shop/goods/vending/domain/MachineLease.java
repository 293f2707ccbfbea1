package com.shop.goods.vending.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * One order at a time per machine (docs/architecture.md §8). A lease names the order holding it and expires, so a
 * crashed service or a forgotten order never locks a machine for longer than the lease's time to live. Leases are kept
 * outside the service (they outlive its restarts) and taking or releasing one is a remote call: never make it inside
 * a database transaction.
 */
public interface MachineLease {

    /**
     * Leases the machine to the order for {@code ttl}: true when it is now the order's, also when it already was
     * (then its expiry is left as it is); false when another order holds an unexpired lease, or took an expired
     * one at the same moment.
     */
    boolean take(String innerCode, long orderId, Duration ttl);

    /** Ends the order's lease of the machine; never one held by another order. @return true when one ended */
    boolean release(String innerCode, long orderId);

    /** The order holding an unexpired lease of the machine; empty when it is free. */
    Optional<Long> holder(String innerCode);
}
