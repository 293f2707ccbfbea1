package com.shop.goods.application;

import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the repository port: the guarded stock update, without a database. */
class InMemoryGoodsRepository implements GoodsRepository {

    static final BigDecimal PRICE = new BigDecimal("9.90");

    final Map<Long, Goods> goods = new HashMap<>();

    InMemoryGoodsRepository withGoods(long goodsId, int stock) {
        goods.put(
                goodsId,
                Goods.builder()
                        .goodsId(goodsId)
                        .goodsName("g" + goodsId)
                        .goodsNumber(stock)
                        .goodsPrice(PRICE)
                        .build());
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
    public boolean takeStock(long goodsId, int quantity, BigDecimal price) {
        Goods item = goods.get(goodsId);
        if (item == null
                || item.getGoodsNumber() < quantity
                || item.getGoodsPrice().compareTo(price) != 0) {
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
}
