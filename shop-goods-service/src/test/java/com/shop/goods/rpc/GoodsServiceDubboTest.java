package com.shop.goods.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.GoodsService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The provider as other services see it: registered in ZooKeeper, called over the dubbo protocol. */
class GoodsServiceDubboTest extends GoodsServiceTestBase {

    /** scope "remote": through the registry and the network, not Dubbo's in-JVM shortcut. */
    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    GoodsService goods;

    @Test
    void readsGoodsOverDubbo() {
        GoodsView keyboard = goods.getGoods(1001);

        assertThat(keyboard.getGoodsName()).isEqualTo("Mechanical keyboard");
        assertThat(keyboard.getGoodsPrice()).isEqualByComparingTo(new BigDecimal("399.00"));
        assertThat(goods.listGoods())
                .extracting(GoodsView::getGoodsId)
                .contains(1001L, 1002L, 1003L, 1004L, 1005L, 1006L);
    }

    @Test
    void refusalsArriveAsTheirTypedExceptions() {
        long goodsId = newGoods(1);

        assertThatThrownBy(() -> goods.reduceStock(newOrderId(), goodsId, 2, PRICE))
                .isInstanceOf(InsufficientStockException.class)
                .hasFieldOrPropertyWithValue("code", "STOCK_INSUFFICIENT");
        assertThatThrownBy(() -> goods.getGoods(-5)).isInstanceOf(GoodsNotFoundException.class);
    }

    @Test
    void reducesAndRestoresOverDubbo() {
        long goodsId = newGoods(5);
        long orderId = newOrderId();

        goods.reduceStock(orderId, goodsId, 2, PRICE);
        assertThat(stockOf(goodsId)).isEqualTo(3);

        assertThat(goods.restoreStock(orderId, goodsId)).isTrue();
        assertThat(stockOf(goodsId)).isEqualTo(5);
    }
}
