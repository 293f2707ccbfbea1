package com.shop.goods.domain;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One row of the per-order stock ledger ({@code trade_goods_number_log}). {@code goodsNumber} is signed: what the
 * entry did to the stock.
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class StockLedgerEntry {

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

    public static StockLedgerEntry restore(long orderId, long goodsId, int quantity) {
        return new StockLedgerEntry(orderId, goodsId, LedgerPhase.UNDO, StockOperation.RESTORE, quantity);
    }

    /** Units this entry took from stock (for a REDUCE entry). */
    public int unitsTaken() {
        return -goodsNumber;
    }
}
