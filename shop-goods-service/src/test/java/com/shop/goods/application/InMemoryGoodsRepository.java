package com.shop.goods.application;

import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.domain.LedgerPhase;
import com.shop.goods.domain.StockLedgerEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the repository port: the ledger's primary key and the guarded stock update, without a database. */
class InMemoryGoodsRepository implements GoodsRepository {

    final Map<Long, Goods> goods = new HashMap<>();
    final Map<String, StockLedgerEntry> ledger = new HashMap<>();

    InMemoryGoodsRepository withGoods(long goodsId, int stock) {
        goods.put(goodsId, Goods.builder().goodsId(goodsId).goodsName("g" + goodsId).goodsNumber(stock).build());
        return this;
    }

    int stockOf(long goodsId) {
        return goods.get(goodsId).getGoodsNumber();
    }

    @Override
    public Optional<Goods> findGoods(long goodsId) {
        return Optional.ofNullable(goods.get(goodsId));
    }

    @Override
    public List<Goods> findAllGoods() {
        return new ArrayList<>(goods.values());
    }

    @Override
    public boolean addLedgerEntry(StockLedgerEntry entry) {
        return ledger.putIfAbsent(key(entry.getOrderId(), entry.getGoodsId(), entry.getPhase()), entry) == null;
    }

    @Override
    public Optional<StockLedgerEntry> lockLedgerEntry(long orderId, long goodsId, LedgerPhase phase) {
        return Optional.ofNullable(ledger.get(key(orderId, goodsId, phase)));
    }

    @Override
    public boolean takeStock(long goodsId, int quantity) {
        Goods item = goods.get(goodsId);
        if (item.getGoodsNumber() < quantity) {
            return false;
        }
        item.setGoodsNumber(item.getGoodsNumber() - quantity);
        return true;
    }

    @Override
    public void returnStock(long goodsId, int quantity) {
        Goods item = goods.get(goodsId);
        item.setGoodsNumber(item.getGoodsNumber() + quantity);
    }

    private static String key(long orderId, long goodsId, LedgerPhase phase) {
        return orderId + "/" + goodsId + "/" + phase;
    }
}
