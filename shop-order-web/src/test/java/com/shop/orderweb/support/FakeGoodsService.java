package com.shop.orderweb.support;

import com.shop.api.GoodsService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Goods held in memory; stock changes are not the web edge's business, so they are refused here. */
public class FakeGoodsService implements GoodsService {

    private final Map<Long, GoodsView> goods = new ConcurrentSkipListMap<>();
    private final Failures failures = new Failures();

    public void put(GoodsView item) {
        goods.put(item.getGoodsId(), item);
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    public void reset() {
        goods.clear();
        failures.reset();
    }

    @Override
    public GoodsView getGoods(long goodsId) {
        failures.throwIfFailing();
        GoodsView item = goods.get(goodsId);
        if (item == null) {
            throw new GoodsNotFoundException("no goods " + goodsId);
        }
        return item;
    }

    @Override
    public List<GoodsView> listGoods() {
        failures.throwIfFailing();
        return new ArrayList<>(goods.values());
    }

    @Override
    public void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price) {
        throw new UnsupportedOperationException("the web edge never changes stock");
    }

    @Override
    public boolean restoreStock(long orderId, long goodsId) {
        throw new UnsupportedOperationException("the web edge never changes stock");
    }
}
