package com.shop.order.support;

import com.shop.api.GoodsService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Goods in memory, with the rules of the real service: a reduction fails when it exceeds the stock or the goods no
 * longer costs what the order was priced at. Reductions of a goods may be slowed down past the caller's timeout.
 */
public class FakeGoodsService extends FakeParticipant implements GoodsService {

    private final Map<Long, GoodsView> goods = new ConcurrentHashMap<>();
    private final Map<Long, Long> reduceDelayMillis = new ConcurrentHashMap<>();

    public FakeGoodsService() {
        this(new Journal());
    }

    public FakeGoodsService(Journal journal) {
        super("goods", journal);
    }

    public FakeGoodsService with(long goodsId, String price, int stock) {
        goods.put(
                goodsId,
                GoodsView.builder()
                        .goodsId(goodsId)
                        .goodsName("goods " + goodsId)
                        .goodsPrice(new BigDecimal(price))
                        .goodsNumber(stock)
                        .build());
        return this;
    }

    /** A goods of the test's own. */
    public long add(String price, int stock) {
        long goodsId = newId();
        with(goodsId, price, stock);
        return goodsId;
    }

    /** Changes a price behind the order service's back, as an operator would. */
    public void reprice(long goodsId, String price) {
        goods.get(goodsId).setGoodsPrice(new BigDecimal(price));
    }

    /** Reductions of this goods answer only after the delay: longer than the caller's timeout makes it time out. */
    public void slowDown(long goodsId, long millis) {
        reduceDelayMillis.put(goodsId, millis);
    }

    public int stockOf(long goodsId) {
        return goods.get(goodsId).getGoodsNumber();
    }

    @Override
    public GoodsView getGoods(long goodsId) {
        called("getGoods");
        return find(goodsId);
    }

    @Override
    public List<GoodsView> listGoods() {
        return List.copyOf(goods.values());
    }

    @Override
    public void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price) {
        called("reduceStock", orderId);
        sleep(reduceDelayMillis.getOrDefault(goodsId, 0L));
        GoodsView view = find(goodsId);
        synchronized (view) {
            if (view.getGoodsPrice().compareTo(price) != 0) {
                throw new PriceMismatchException("goods " + goodsId + " costs " + view.getGoodsPrice() + " now");
            }
            if (view.getGoodsNumber() < quantity) {
                throw new InsufficientStockException(
                        "not enough stock of goods " + goodsId + " for " + quantity + " units");
            }
            view.setGoodsNumber(view.getGoodsNumber() - quantity);
        }
        done("reduceStock");
    }

    @Override
    public boolean restoreStock(long orderId, long goodsId) {
        throw new UnsupportedOperationException("stock comes back through OrderCancelled, not from the order service");
    }

    private GoodsView find(long goodsId) {
        GoodsView view = goods.get(goodsId);
        if (view == null) {
            throw new GoodsNotFoundException("no goods with id " + goodsId);
        }
        return view;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
