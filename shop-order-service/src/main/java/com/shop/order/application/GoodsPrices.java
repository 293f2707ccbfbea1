package com.shop.order.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shop.api.GoodsService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The goods' prices as the goods service last told them, kept for a few seconds ({@code shop.order.price-cache-ttl}),
 * so that confirming an order needs no remote read of its price. Nothing is decided on a kept price alone: the stock
 * step takes the units only at the price the order was priced at, in one guarded update, and a price that changed
 * meanwhile is refused there.
 */
@Component
public class GoodsPrices {

    private static final int MAX_GOODS_KEPT = 10_000;

    private final GoodsService goods;
    private final Cache<Long, BigDecimal> prices;

    public GoodsPrices(GoodsService goods, OrderProperties properties) {
        this.goods = goods;
        this.prices = Caffeine.newBuilder()
                .expireAfterWrite(properties.getPriceCacheTtl())
                .maximumSize(MAX_GOODS_KEPT)
                .build();
    }

    /**
     * The kept price, or the goods service's when none is kept.
     *
     * @throws GoodsNotFoundException when there is no such goods
     */
    public BigDecimal priceOf(long goodsId) {
        return prices.get(goodsId, this::read);
    }

    /** The goods service's price now, kept from now on. */
    public BigDecimal currentPriceOf(long goodsId) {
        BigDecimal price = read(goodsId);
        prices.put(goodsId, price);
        return price;
    }

    /** Forgets the kept price: the stock step found it no longer the goods' price. */
    public void forget(long goodsId) {
        prices.invalidate(goodsId);
    }

    private BigDecimal read(long goodsId) {
        GoodsView view = goods.getGoods(goodsId);
        if (view == null || view.getGoodsPrice() == null) {
            throw new GoodsNotFoundException("no goods with id " + goodsId);
        }
        return view.getGoodsPrice();
    }
}
