package com.shop.goods.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.domain.LedgerPhase;
import com.shop.goods.domain.StockLedgerEntry;
import com.shop.goods.domain.StockOperation;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking stock for an order and giving it back. Every movement is a ledger entry written in the same local
 * transaction as the stock change, under the order's ledger key, so each happens at most once whatever the
 * number of calls or deliveries, and a reduction that arrives after its order was cancelled is refused.
 *
 * <p>READ COMMITTED: every decision rests on locking reads and guarded updates, and a locking read of a missing
 * ledger row then takes no gap lock that two racing callers could deadlock on.
 */
@Slf4j
@Service
public class StockManagement {

    private final GoodsRepository goods;

    public StockManagement(GoodsRepository goods) {
        this.goods = goods;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void reduceStock(long orderId, long goodsId, int quantity) {
        if (quantity <= 0) {
            throw new InvalidRequestException("quantity must be positive, was " + quantity);
        }
        if (goods.findGoods(goodsId).isEmpty()) {
            throw new GoodsNotFoundException("no goods with id " + goodsId);
        }
        Optional<StockLedgerEntry> taken = claimForwardSlot(StockLedgerEntry.reduce(orderId, goodsId, quantity));
        if (taken.isPresent()) {
            refuseUnlessRepeat(taken.get(), quantity);
            return; // a repeat of a reduction already made
        }
        if (!goods.takeStock(goodsId, quantity)) {
            // the exception rolls the ledger entry back with it
            throw new InsufficientStockException("not enough stock of goods " + goodsId + " for " + quantity + " units");
        }
    }

    /** @return true when this call put stock back */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean restoreStock(long orderId, long goodsId) {
        Optional<StockLedgerEntry> taken = claimForwardSlot(StockLedgerEntry.tombstone(orderId, goodsId));
        if (taken.isEmpty()) {
            log.info("Order {} cancelled before any stock of goods {} was taken; a late reduction will be refused",
                    orderId, goodsId);
            return false;
        }
        StockLedgerEntry forward = taken.get();
        if (forward.getOperation() == StockOperation.VOID) {
            return false;
        }
        if (!goods.addLedgerEntry(StockLedgerEntry.restore(orderId, goodsId, forward.unitsTaken()))) {
            return false; // already restored
        }
        goods.returnStock(goodsId, forward.unitsTaken());
        log.info("Restored {} units of goods {} taken by cancelled order {}", forward.unitsTaken(), goodsId, orderId);
        return true;
    }

    /**
     * Writes the entry into the order's empty forward slot and returns empty; when the slot is taken, returns what it
     * holds, locked for the rest of the transaction. The lock comes first: callers meeting on a taken slot queue on
     * its row lock, where an INSERT IGNORE first would give each a shared lock that both then try to upgrade.
     */
    private Optional<StockLedgerEntry> claimForwardSlot(StockLedgerEntry entry) {
        Optional<StockLedgerEntry> taken = goods.lockLedgerEntry(entry.getOrderId(), entry.getGoodsId(), LedgerPhase.FORWARD);
        if (taken.isPresent() || goods.addLedgerEntry(entry)) {
            return taken;
        }
        // another caller filled the slot between the two statements
        return Optional.of(goods.lockLedgerEntry(entry.getOrderId(), entry.getGoodsId(), LedgerPhase.FORWARD)
                .orElseThrow(() -> new IllegalStateException("ledger slot of order " + entry.getOrderId()
                        + " taken but unreadable")));
    }

    private void refuseUnlessRepeat(StockLedgerEntry forward, int quantity) {
        long orderId = forward.getOrderId();
        if (forward.getOperation() == StockOperation.VOID) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; its stock is not taken")
                    .withOrderId(orderId);
        }
        if (forward.unitsTaken() != quantity) {
            throw new IllegalOrderStateException("order " + orderId + " already took " + forward.unitsTaken() + " units")
                    .withOrderId(orderId);
        }
        // a repeat after the restore must not report stock as taken that the cancel gave back
        if (goods.lockLedgerEntry(orderId, forward.getGoodsId(), LedgerPhase.UNDO).isPresent()) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; its stock was given back")
                    .withOrderId(orderId);
        }
    }
}
