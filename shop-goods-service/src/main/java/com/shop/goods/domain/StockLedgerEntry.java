package com.shop.goods.domain;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One row of the per-order stock ledger ({@code trade_goods_number_log}), keyed by order, goods and phase.
 * {@code goodsNumber} is signed: what the entry did to the stock.
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class StockLedgerEntry implements LedgerEntry<StockLedgerEntry> {

    private long orderId;
    private long goodsId;
    private LedgerPhase phase;
    private StockOperation operation;
    private int goodsNumber;

    public static StockLedgerEntry reduce(long orderId, long goodsId, int quantity) {
        return new StockLedgerEntry(orderId, goodsId, LedgerPhase.FORWARD, StockOperation.REDUCE, -quantity);
    }

    public static StockLedgerEntry tombstone(long orderId, long goodsId) {
        return new StockLedgerEntry(orderId, goodsId, LedgerPhase.FORWARD, StockOperation.VOID, 0);
    }

    /** The undo of this reduction: the units it took, back. */
    public StockLedgerEntry restoring() {
        return new StockLedgerEntry(orderId, goodsId, LedgerPhase.UNDO, StockOperation.RESTORE, unitsTaken());
    }

    /** Units this entry took from stock (for a REDUCE entry). */
    public int unitsTaken() {
        return -goodsNumber;
    }

    @Override
    public boolean isTombstone() {
        return operation == StockOperation.VOID;
    }

    @Override
    public boolean isRepeatedBy(StockLedgerEntry step) {
        return operation == step.operation && goodsNumber == step.goodsNumber;
    }

    @Override
    public String describe() {
        return unitsTaken() + " units of goods " + goodsId;
    }
}
