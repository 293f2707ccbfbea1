package com.shop.goods.rpc;

import com.shop.api.GoodsService;
import com.shop.api.ServiceVersions;
import com.shop.goods.application.GoodsCatalog;
import com.shop.goods.application.StockManagement;
import com.shop.goods.domain.Goods;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the goods capability: maps between the wire types and the application services. */
@DubboService(version = ServiceVersions.V1)
public class GoodsServiceProvider implements GoodsService {

    private final GoodsCatalog catalog;
    private final StockManagement stock;

    public GoodsServiceProvider(GoodsCatalog catalog, StockManagement stock) {
        this.catalog = catalog;
        this.stock = stock;
    }

    @Override
    public GoodsView getGoods(long goodsId) {
        return toView(catalog.getGoods(goodsId));
    }

    @Override
    public List<GoodsView> listGoods() {
        return catalog.listGoods().stream().map(GoodsServiceProvider::toView).toList();
    }

    @Override
    public void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price) {
        stock.reduceStock(orderId, goodsId, quantity, price);
    }

    @Override
    public boolean restoreStock(long orderId, long goodsId) {
        return stock.restoreStock(orderId, goodsId);
    }

    private static GoodsView toView(Goods goods) {
        return GoodsView.builder()
                .goodsId(goods.getGoodsId())
                .goodsName(goods.getGoodsName())
                .goodsNumber(goods.getGoodsNumber())
                .goodsPrice(goods.getGoodsPrice())
                .goodsDesc(goods.getGoodsDesc())
                .addTime(goods.getAddTime())
                .build();
    }
}
