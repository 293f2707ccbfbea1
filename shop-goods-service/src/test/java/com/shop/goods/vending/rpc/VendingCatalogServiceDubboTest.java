package com.shop.goods.vending.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingCatalogService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.pojo.vending.MachineChannelView;
import com.shop.pojo.vending.MachineGoodsDetailView;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** A machine's goods in detail as the web edge sees it: through the registry, over the dubbo protocol. */
class VendingCatalogServiceDubboTest extends GoodsServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    VendingCatalogService catalog;

    @Test
    void aGoodsAtAMachineComesWithItsChannelsOverDubbo() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 0, 10);
        addChannel(machine, "A2", water, "2.50", 9, 10);
        jdbc.update("UPDATE trade_vending_machine SET machine_status = 0 WHERE inner_code = ?", machine);

        MachineGoodsDetailView detail = catalog.machineGoodsDetail(machine, water);

        assertThat(detail.getInnerCode()).isEqualTo(machine);
        assertThat(detail.getAddress()).isEqualTo("test lobby " + machine);
        assertThat(detail.getGoodsId()).isEqualTo(water);
        assertThat(detail.getGoodsName()).isEqualTo("test goods " + water);
        assertThat(detail.getGoodsPrice()).isEqualByComparingTo(PRICE);
        assertThat(detail.getChannels())
                .containsExactly(
                        new MachineChannelView("A1", new BigDecimal("2.00"), 0),
                        new MachineChannelView("A2", new BigDecimal("2.50"), 9));
    }

    @Test
    void anUnknownMachineOrAGoodsNotInItArriveAsTheirTypedExceptions() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 1, 10);

        assertThatThrownBy(() -> catalog.machineGoodsDetail("nope", water))
                .isInstanceOf(MachineNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "MACHINE_NOT_FOUND");
        assertThatThrownBy(() -> catalog.machineGoodsDetail(machine, newGoods(100)))
                .isInstanceOf(GoodsNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "GOODS_NOT_FOUND");
    }
}
