package com.shop.order.support;

import com.shop.api.GoodsService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/** A goods provider for service tests: goods added per test, stock taken like the real one, optionally slow. */
public class ScriptedGoodsService implements GoodsService {

    private final Map<Long, GoodsView> goods = new ConcurrentHashMap<>();
    private final Map<Long, Long> reduceDelayMillis = new ConcurrentHashMap<>();
    private final List<ParticipantCall> calls = new CopyOnWriteArrayList<>();

    public long add(String price, int stock) {
        long goodsId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
        goods.put(goodsId, GoodsView.builder().goodsId(goodsId).goodsName("goods " + goodsId)
                .goodsPrice(new BigDecimal(price)).goodsNumber(stock).build());
        return goodsId;
    }

    /** Reductions of this goods answer only after the delay: longer than the caller's timeout makes it time out. */
    public void slowDown(long goodsId, long millis) {
        reduceDelayMillis.put(goodsId, millis);
    }

    public int stockOf(long goodsId) {
        return goods.get(goodsId).getGoodsNumber();
    }

    public List<ParticipantCall> callsFor(long orderId) {
        return calls.stream().filter(call -> call.orderId() == orderId).toList();
    }

    @Override
    public GoodsView getGoods(long goodsId) {
        GoodsView view = goods.get(goodsId);
        if (view == null) {
            throw new GoodsNotFoundException("no goods with id " + goodsId);
        }
        return view;
    }

    @Override
    public List<GoodsView> listGoods() {
        return List.copyOf(goods.values());
    }

    @Override
    public void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price) {
        calls.add(new ParticipantCall("reduceStock", orderId, Calls.protocol()));
        sleep(reduceDelayMillis.getOrDefault(goodsId, 0L));
        GoodsView view = getGoods(goodsId);
        synchronized (view) {
            if (view.getGoodsNumber() < quantity) {
                throw new InsufficientStockException("not enough stock of goods " + goodsId + " for " + quantity
                        + " units");
            }
            view.setGoodsNumber(view.getGoodsNumber() - quantity);
        }
    }

    @Override
    public boolean restoreStock(long orderId, long goodsId) {
        throw new UnsupportedOperationException("stock comes back through OrderCancelled, not from the order service");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
