package com.shop.goods.vending.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineStatus;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The vending provider as the order service and the web edge see it: through the registry, over the dubbo protocol. */
class VendingServiceDubboTest extends GoodsServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    VendingService vending;

    @Test
    void listsMachinesAndTheirGoodsOverDubbo() {
        assertThat(vending.listMachines())
                .extracting(MachineView::getInnerCode, MachineView::getStatus)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("01000029", MachineStatus.IN_SERVICE),
                        org.assertj.core.groups.Tuple.tuple("01000031", MachineStatus.OUT_OF_SERVICE));

        long water = newGoods(100);
        long cola = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 2, 10);
        addChannel(machine, "A2", water, "2.50", 9, 10);
        addChannel(machine, "B1", cola, "3.00", 4, 10);

        assertThat(vending.listMachineGoods(machine))
                .containsExactly(
                        new MachineGoodsView(water, "test goods " + water, 11, new BigDecimal("2.00")),
                        new MachineGoodsView(cola, "test goods " + cola, 4, new BigDecimal("3.00")));
    }

    @Test
    void quotesAndReservesOverDubbo() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 1, 10);
        addChannel(machine, "A2", water, "2.50", 1, 10);

        VendingQuote quote = vending.quote(machine, water);
        assertThat(quote.getPrice()).isEqualByComparingTo("2.00");
        assertThat(quote.getAddress()).isEqualTo("test lobby " + machine);
        assertThat(quote.getGoodsName()).isEqualTo("test goods " + water);

        long orderId = newOrderId();
        vending.reserve(orderId, machine, water, quote.getPrice());
        vending.reserve(orderId, machine, water, quote.getPrice());

        assertThat(unitsIn(machine, "A1")).isZero();
        assertThat(vending.quote(machine, water).getPrice()).isEqualByComparingTo("2.50");
    }

    @Test
    void refusalsArriveAsTheirTypedExceptions() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 1, 10);
        addChannel(machine, "A2", water, "2.50", 1, 10);
        vending.reserve(newOrderId(), machine, water, new BigDecimal("2.00"));

        assertThatThrownBy(() -> vending.reserve(newOrderId(), machine, water, new BigDecimal("2.50")))
                .isInstanceOf(MachineBusyException.class)
                .hasFieldOrPropertyWithValue("code", "MACHINE_BUSY");
        assertThatThrownBy(() -> vending.listMachineGoods("nope"))
                .isInstanceOf(MachineNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "MACHINE_NOT_FOUND");
        assertThatThrownBy(() -> vending.quote(machine, 1)).isInstanceOf(GoodsNotFoundException.class);

        String other = newMachine();
        addChannel(other, "A1", water, "2.00", 0, 10);
        addChannel(other, "A2", water, "2.50", 1, 10);
        assertThatThrownBy(() -> vending.reserve(newOrderId(), other, water, new BigDecimal("2.00")))
                .isInstanceOf(PriceMismatchException.class)
                .hasFieldOrPropertyWithValue("code", "PRICE_MISMATCH");
        jdbc.update("UPDATE trade_vending_channel SET current_capacity = 0 WHERE inner_code = ?", other);
        assertThatThrownBy(() -> vending.quote(other, water)).isInstanceOf(InsufficientStockException.class);
    }
}
