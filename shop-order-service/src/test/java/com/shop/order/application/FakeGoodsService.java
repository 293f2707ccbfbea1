package com.shop.order.application;

import com.shop.api.GoodsService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goods in memory, with the rules of the real service: a reduction fails when it exceeds the stock or the goods no
 * longer costs what the order was priced at.
 */
final class FakeGoodsService implements GoodsService {

    final Script script = new Script();
    private final Journal journal;
    private final Map<Long, GoodsView> goods = new HashMap<>();

    FakeGoodsService(Journal journal) {
        this.journal = journal;
    }

    FakeGoodsService with(long goodsId, String price, int stock) {
        goods.put(goodsId, GoodsView.builder().goodsId(goodsId).goodsName("goods " + goodsId)
                .goodsPrice(new BigDecimal(price)).goodsNumber(stock).build());
        return this;
    }

    /** Changes a price behind the order service's back, as an operator would. */
    void reprice(long goodsId, String price) {
        goods.get(goodsId).setGoodsPrice(new BigDecimal(price));
    }

    int stockOf(long goodsId) {
        return goods.get(goodsId).getGoodsNumber();
    }

    @Override
    public GoodsView getGoods(long goodsId) {
        journal.record("goods.getGoods");
        script.beforeEffect("getGoods");
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
        journal.record("goods.reduceStock");
        script.beforeEffect("reduceStock");
        GoodsView view = goods.get(goodsId);
        if (view.getGoodsPrice().compareTo(price) != 0) {
            throw new PriceMismatchException("goods " + goodsId + " costs " + view.getGoodsPrice() + " now");
        }
        if (view.getGoodsNumber() < quantity) {
            throw new InsufficientStockException("not enough stock of goods " + goodsId);
        }
        view.setGoodsNumber(view.getGoodsNumber() - quantity);
        script.afterEffect("reduceStock");
    }

    @Override
    public boolean restoreStock(long orderId, long goodsId) {
        throw new UnsupportedOperationException("the saga never restores stock itself");
    }
}
