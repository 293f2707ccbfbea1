package com.shop.goods.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Goods and their stock. The stock ledger is a table of its own ({@code LedgerTable<StockLedgerEntry>}). */
public interface GoodsRepository {

    Optional<Goods> findGoods(long goodsId);

    List<Goods> findAllGoods();

    /**
     * Takes {@code quantity} units if that many are in stock and the goods costs {@code price}; false otherwise,
     * changing nothing.
     */
    boolean takeStock(long goodsId, int quantity, BigDecimal price);

    void returnStock(long goodsId, int quantity);
}
