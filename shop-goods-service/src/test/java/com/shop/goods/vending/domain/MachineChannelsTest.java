package com.shop.goods.vending.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineChannelsTest {

    private static final long WATER = 2001;
    private static final long COLA = 2002;
    private static final long CHIPS = 2004;
    private static final long CHOCOLATE = 2005;

    private final MachineChannels channels = new MachineChannels(List.of(
            channel("A1", WATER, "2.50", 3),
            channel("A2", WATER, "2.00", 5),
            channel("A3", WATER, "1.50", 0),
            channel("B1", COLA, "3.50", 9),
            channel("B2", CHIPS, "6.00", 8),
            channel("C1", CHOCOLATE, "5.00", 0)));

    @Test
    void theGoodsListSumsUnitsAtTheLowestPriceOfChannelsThatHaveAnyMostUnitsFirst() {
        assertThat(channels.goodsOnSale())
                .containsExactly(
                        new MachineGoods(COLA, "goods " + COLA, 9, new BigDecimal("3.50")),
                        new MachineGoods(WATER, "goods " + WATER, 8, new BigDecimal("2.00")),
                        new MachineGoods(CHIPS, "goods " + CHIPS, 8, new BigDecimal("6.00")));
    }

    @Test
    void aGoodsOnlyInEmptyChannelsIsNotOnSaleButStillSoldThere() {
        assertThat(channels.goodsOnSale()).extracting(MachineGoods::getGoodsId).doesNotContain(CHOCOLATE);
        assertThat(channels.sells(CHOCOLATE)).isTrue();
        assertThat(channels.hasUnitsOf(CHOCOLATE)).isFalse();
        assertThat(channels.cheapestWithUnits(CHOCOLATE)).isEmpty();
        assertThat(channels.sells(9999)).isFalse();
    }

    @Test
    void theNextUnitComesFromTheCheapestChannelWithUnits() {
        assertThat(channels.cheapestWithUnits(WATER))
                .get()
                .extracting(VendingChannel::getChannelCode)
                .isEqualTo("A2");
    }

    @Test
    void aReservationTriesTheChannelsAtItsPriceWhateverTheyHold() {
        assertThat(channels.pricedAt(WATER, new BigDecimal("2.5")))
                .extracting(VendingChannel::getChannelCode)
                .containsExactly("A1");
        assertThat(channels.pricedAt(WATER, new BigDecimal("1.50")))
                .extracting(VendingChannel::getChannelCode)
                .containsExactly("A3");
        assertThat(channels.pricedAt(WATER, new BigDecimal("9.99"))).isEmpty();
    }

    private static VendingChannel channel(String code, long goodsId, String price, int units) {
        return VendingChannel.builder()
                .innerCode("01000028")
                .channelCode(code)
                .goodsId(goodsId)
                .goodsName("goods " + goodsId)
                .price(new BigDecimal(price))
                .currentCapacity(units)
                .maxCapacity(10)
                .build();
    }
}
