package com.shop.goods.vending.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.vending.domain.MachineGoods;
import com.shop.goods.vending.domain.MachineGoodsDetail;
import com.shop.goods.vending.domain.MachineQuote;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingMachine;
import com.shop.pojo.vending.MachineStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The machines' goods lists and quotes, read from the real database. */
class VendingCatalogTest extends GoodsServiceTestBase {

    @Autowired
    VendingCatalog catalog;

    @Test
    void theGoodsListSumsChannelsAtTheLowestPriceWithUnitsMostUnitsFirst() {
        long water = newGoods(100);
        long cola = newGoods(100);
        long chips = newGoods(100);
        long chocolate = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.50", 4, 10);
        addChannel(machine, "A2", water, "2.00", 3, 10);
        addChannel(machine, "A3", water, "1.00", 0, 10); // empty: its lower price does not count
        addChannel(machine, "B1", cola, "3.50", 9, 10);
        addChannel(machine, "B2", chips, "6.00", 7, 8);
        addChannel(machine, "C1", chocolate, "5.00", 0, 8);

        assertThat(catalog.listMachineGoods(machine))
                .containsExactly(
                        new MachineGoods(cola, "test goods " + cola, 9, new BigDecimal("3.50")),
                        new MachineGoods(water, "test goods " + water, 7, new BigDecimal("2.00")),
                        new MachineGoods(chips, "test goods " + chips, 7, new BigDecimal("6.00")));
    }

    @Test
    void theDemoMachinesAreThereWithTheirGoods() {
        assertThat(catalog.listMachines())
                .extracting(VendingMachine::getInnerCode)
                .contains("01000028", "01000029", "01000030", "01000031");
        assertThat(catalog.listMachines())
                .filteredOn(machine -> machine.getInnerCode().equals("01000031"))
                .extracting(VendingMachine::getStatus)
                .containsExactly(MachineStatus.OUT_OF_SERVICE);

        assertThat(catalog.listMachineGoods("01000028"))
                .extracting(MachineGoods::getGoodsName, MachineGoods::getCapacity, MachineGoods::getPrice)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("Mineral water", 18, new BigDecimal("2.00")),
                        org.assertj.core.groups.Tuple.tuple("Cola", 10, new BigDecimal("3.50")))
                .extracting(tuple -> tuple.toList().get(0))
                .doesNotContain("Chocolate bar");
    }

    @Test
    void aGoodsDetailShowsEveryChannelHoldingItSoldOutOnesTooByChannelCode() {
        long water = newGoods(100);
        long cola = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "B1", water, "2.50", 4, 10);
        addChannel(machine, "A2", water, "2.00", 0, 10);
        addChannel(machine, "A1", cola, "3.50", 9, 10);

        MachineGoodsDetail detail = catalog.machineGoodsDetail(machine, water);

        assertThat(detail.getMachine().getAddress()).isEqualTo("test lobby " + machine);
        assertThat(detail.getGoods().getGoodsName()).isEqualTo("test goods " + water);
        assertThat(detail.getGoods().getGoodsPrice()).isEqualByComparingTo(PRICE);
        assertThat(detail.getChannels())
                .extracting(
                        VendingChannel::getChannelCode, VendingChannel::getPrice, VendingChannel::getCurrentCapacity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A2", new BigDecimal("2.00"), 0),
                        org.assertj.core.groups.Tuple.tuple("B1", new BigDecimal("2.50"), 4));
    }

    @Test
    void aGoodsDetailIsNotFoundAtAMachineWithoutItOrAtNoMachine() {
        long water = newGoods(100);
        long elsewhere = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 1, 10);
        addChannel(newMachine(), "A1", elsewhere, "2.00", 1, 10);

        assertThatThrownBy(() -> catalog.machineGoodsDetail(machine, elsewhere))
                .isInstanceOf(GoodsNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "GOODS_NOT_FOUND");
        assertThatThrownBy(() -> catalog.machineGoodsDetail(machine, 999_999_999_999L))
                .isInstanceOf(GoodsNotFoundException.class);
        assertThatThrownBy(() -> catalog.machineGoodsDetail("nope", water))
                .isInstanceOf(MachineNotFoundException.class);
    }

    @Test
    void anUnknownMachineIsNotFound() {
        assertThatThrownBy(() -> catalog.listMachineGoods("nope"))
                .isInstanceOf(MachineNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "MACHINE_NOT_FOUND");
        assertThatThrownBy(() -> catalog.quote("nope", 2001)).isInstanceOf(MachineNotFoundException.class);
    }

    @Test
    void aQuoteIsTheCheapestChannelWithUnitsLeft() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.50", 4, 10);
        addChannel(machine, "A2", water, "2.00", 3, 10);
        addChannel(machine, "A3", water, "1.00", 0, 10);

        MachineQuote quote = catalog.quote(machine, water);

        assertThat(quote.getChannel().getPrice()).isEqualByComparingTo("2.00");
        assertThat(quote.getChannel().getGoodsName()).isEqualTo("test goods " + water);
        assertThat(quote.getMachine().getAddress()).isEqualTo("test lobby " + machine);
    }

    @Test
    void aQuoteIsRefusedForGoodsTheMachineDoesNotHaveOrHasNoUnitOf() {
        long water = newGoods(100);
        long chocolate = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.50", 4, 10);
        addChannel(machine, "B1", chocolate, "5.00", 0, 8);

        assertThatThrownBy(() -> catalog.quote(machine, 2001)).isInstanceOf(GoodsNotFoundException.class);
        assertThatThrownBy(() -> catalog.quote(machine, chocolate)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void aMachineOutOfServiceTakesNoOrdersButShowsWhatItHolds() {
        assertThatThrownBy(() -> catalog.quote("01000031", 2001))
                .isInstanceOf(MachineNotFoundException.class)
                .hasMessageContaining("out of service");
        assertThat(catalog.listMachineGoods("01000031")).isNotEmpty();
    }
}
