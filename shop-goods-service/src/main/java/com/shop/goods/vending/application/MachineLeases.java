package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.MachineLease;
import com.shop.goods.vending.domain.VendingRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The machine leases of vending orders, with the one rule for ending them: an order keeps its machine while its unit
 * is reserved or being dispensed, and lets it go once it is dispensed, failed or released. Every path that may end a
 * lease (a refused reservation, a cancel, a dispense result, its timeout) asks here after its own transaction
 * committed, so a lease is never released ahead of the change that ends it, and asking twice is harmless.
 */
@Slf4j
@Service
public class MachineLeases {

    private final MachineLease lease;
    private final VendingRepository vending;
    private final VendingProperties properties;

    public MachineLeases(MachineLease lease, VendingRepository vending, VendingProperties properties) {
        this.lease = lease;
        this.vending = vending;
        this.properties = properties;
    }

    /** Remote: never call it inside a transaction. */
    public boolean take(String innerCode, long orderId) {
        return lease.take(innerCode, orderId, properties.getLeaseTtl());
    }

    /**
     * Remote: never call it inside a transaction. A failure is thrown, so the message that led here is delivered
     * again and this runs again; the lease's expiry bounds the harm if it never does.
     */
    public void releaseUnlessNeeded(String innerCode, long orderId) {
        if (vending.findOrder(orderId)
                .filter(order -> order.needsMachine(innerCode))
                .isPresent()) {
            log.debug("Order {} still needs machine {}; its lease is kept", orderId, innerCode);
            return;
        }
        if (lease.release(innerCode, orderId)) {
            log.info("Machine {} released by order {}", innerCode, orderId);
        }
    }

    /**
     * As {@link #releaseUnlessNeeded}, for a caller that must not fail on ZooKeeper's account: a failure is logged, and
     * the machine is freed by a later release of the order's (its dispense's timer, its cancel) or by the lease's
     * expiry.
     */
    public void tryReleaseUnlessNeeded(String innerCode, long orderId) {
        try {
            releaseUnlessNeeded(innerCode, orderId);
        } catch (RuntimeException e) {
            log.warn(
                    "Machine {} not released by order {} for now; a later release or the lease's expiry frees it: {}",
                    innerCode,
                    orderId,
                    e.toString());
        }
    }
}
