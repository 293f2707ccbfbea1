package com.shop.goods.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.domain.LedgerPhase;
import com.shop.goods.domain.StockLedgerEntry;
import com.shop.goods.domain.StockOperation;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking stock for an order and giving it back. Every movement is a ledger entry written in the same local
 * transaction as the stock change, under the order's ledger key, so each happens at most once whatever the
 * number of calls or deliveries, and a reduction that arrives after its order was cancelled is refused.
 */
@Slf4j
@Service
public class StockManagement {

    private final GoodsRepository goods;

    public StockManagement(GoodsRepository goods) {
        this.goods = goods;
    }

    @Transactional
    public void reduceStock(long orderId, long goodsId, int quantity) {
        if (quantity <= 0) {
            throw new InvalidRequestException("quantity must be positive, was " + quantity);
        }
        if (goods.findGoods(goodsId).isEmpty()) {
            throw new GoodsNotFoundException("no goods with id " + goodsId);
        }
        if (!goods.addLedgerEntry(StockLedgerEntry.reduce(orderId, goodsId, quantity))) {
            refuseIfCancelled(orderId, goodsId);
            return; // a repeat of a reduction already made
        }
        if (!goods.takeStock(goodsId, quantity)) {
            // the exception rolls the ledger entry back with it
            throw new InsufficientStockException("not enough stock of goods " + goodsId + " for " + quantity + " units");
        }
    }

    /** @return true when this call put stock back */
    @Transactional
    public boolean restoreStock(long orderId, long goodsId) {
        if (goods.addLedgerEntry(StockLedgerEntry.tombstone(orderId, goodsId))) {
            log.info("Order {} cancelled before any stock of goods {} was taken; a late reduction will be refused",
                    orderId, goodsId);
            return false;
        }
        StockLedgerEntry forward = forwardEntry(orderId, goodsId);
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

    private void refuseIfCancelled(long orderId, long goodsId) {
        if (forwardEntry(orderId, goodsId).getOperation() == StockOperation.VOID) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; its stock is not taken");
        }
    }

    private StockLedgerEntry forwardEntry(long orderId, long goodsId) {
        return goods.lockLedgerEntry(orderId, goodsId, LedgerPhase.FORWARD)
                .orElseThrow(() -> new IllegalStateException("ledger slot of order " + orderId + " taken but unreadable"));
    }
}
