package com.shop.goods.vending.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.ShopException;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingRepository;
import java.math.BigDecimal;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * A vending order's stock step (docs/architecture.md §8): the machine's lease, then a unit in one of its channels.
 * The lease is a ZooKeeper call, so it is taken before and outside the local transaction that reserves the unit,
 * and let go again when the reservation is refused. Idempotent on the order.
 */
@Slf4j
@Service
public class VendingReservations {

    private static final int MAX_INNER_CODE_LENGTH = 32;

    private final VendingCatalog catalog;
    private final VendingRepository vending;
    private final MachineLeases leases;
    private final ReservationLedger ledger;

    public VendingReservations(
            VendingCatalog catalog, VendingRepository vending, MachineLeases leases, ReservationLedger ledger) {
        this.catalog = catalog;
        this.vending = vending;
        this.leases = leases;
        this.ledger = ledger;
    }

    public void reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        validate(innerCode, price);
        catalog.machineTakingOrders(innerCode);
        Optional<VendingOrder> earlier = vending.findOrder(orderId);
        if (earlier.isPresent()) {
            // settled without the lease: a repeat must not take a lease its order gave up, nor free one it holds
            earlier.get().acceptRepeat(innerCode, goodsId, price);
            return;
        }
        // before the lease, so asking for a goods the machine never had does not make it busy even for a moment
        if (!vending.findChannels(innerCode, goodsId).sells(goodsId)) {
            throw new GoodsNotFoundException("machine " + innerCode + " does not sell goods " + goodsId);
        }
        if (!leases.take(innerCode, orderId)) {
            throw new MachineBusyException("machine " + innerCode + " is serving another order; try again shortly");
        }
        try {
            ledger.reserve(orderId, innerCode, goodsId, price);
        } catch (ShopException refused) {
            // nothing was written; a failure of the database itself keeps the lease instead, since the reservation
            // may have committed: the order's cancel, or the lease's expiry, frees the machine then
            letGo(innerCode, orderId);
            throw refused;
        }
    }

    /** The caller is owed the refusal, not a ZooKeeper failure: the lease's expiry frees the machine then. */
    private void letGo(String innerCode, long orderId) {
        try {
            leases.releaseUnlessNeeded(innerCode, orderId);
        } catch (RuntimeException e) {
            log.warn(
                    "Machine {} stays leased to refused order {} until its lease expires: {}",
                    innerCode,
                    orderId,
                    e.toString());
        }
    }

    private static void validate(String innerCode, BigDecimal price) {
        if (innerCode == null || innerCode.isBlank() || innerCode.length() > MAX_INNER_CODE_LENGTH) {
            throw new InvalidRequestException("a machine's inner code has 1 to " + MAX_INNER_CODE_LENGTH
                    + " characters, was " + (innerCode == null ? "none" : "'" + innerCode + "'"));
        }
        if (price == null || price.signum() <= 0 || price.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("price must be positive with at most 2 decimals, was " + price);
        }
    }
}
