package com.shop.goods.domain;

import java.util.List;
import java.util.Optional;

/** Goods, their stock and the stock ledger. */
public interface GoodsRepository {

    Optional<Goods> findGoods(long goodsId);

    List<Goods> findAllGoods();

    /** @return false when the ledger slot of this entry is already taken (by this entry or another) */
    boolean addLedgerEntry(StockLedgerEntry entry);

    /** Reads the latest committed entry of a slot and locks it for the rest of the transaction. */
    Optional<StockLedgerEntry> lockLedgerEntry(long orderId, long goodsId, LedgerPhase phase);

    /** Takes {@code quantity} units if that many are in stock; false otherwise, changing nothing. */
    boolean takeStock(long goodsId, int quantity);

    void returnStock(long goodsId, int quantity);
}
