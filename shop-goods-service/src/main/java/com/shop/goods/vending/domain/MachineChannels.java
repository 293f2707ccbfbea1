package com.shop.goods.vending.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The channels of one machine, and what the machine can sell from them (the seed's per-machine goods list). */
public final class MachineChannels {

    private static final Comparator<VendingChannel> CHEAPEST_FIRST =
            Comparator.comparing(VendingChannel::getPrice).thenComparing(VendingChannel::getChannelCode);

    private final List<VendingChannel> channels;

    public MachineChannels(List<VendingChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    /** Every channel, empty ones included, by channel code as read. */
    public List<VendingChannel> all() {
        return channels;
    }

    /**
     * Per goods, the units of its channels summed and the lowest price among the channels that have units; empty
     * channels count for nothing, so neither their price nor a goods found only in empty channels shows. Most units
     * first, then by goods id, so the listing is stable.
     */
    public List<MachineGoods> goodsOnSale() {
        Map<Long, MachineGoods> byGoods = new LinkedHashMap<>();
        channels.stream()
                .filter(VendingChannel::hasUnits)
                .forEach(channel -> byGoods.merge(
                        channel.getGoodsId(),
                        new MachineGoods(
                                channel.getGoodsId(),
                                channel.getGoodsName(),
                                channel.getCurrentCapacity(),
                                channel.getPrice()),
                        (sum, more) -> new MachineGoods(
                                sum.getGoodsId(),
                                sum.getGoodsName(),
                                sum.getCapacity() + more.getCapacity(),
                                sum.getPrice().min(more.getPrice()))));
        return byGoods.values().stream()
                .sorted(Comparator.comparingInt(MachineGoods::getCapacity)
                        .reversed()
                        .thenComparingLong(MachineGoods::getGoodsId))
                .toList();
    }

    public boolean sells(long goodsId) {
        return channels.stream().anyMatch(channel -> channel.getGoodsId() == goodsId);
    }

    /** The channels holding the goods, sold out ones too, by channel code. */
    public List<VendingChannel> holding(long goodsId) {
        return channels.stream()
                .filter(channel -> channel.getGoodsId() == goodsId)
                .sorted(Comparator.comparing(VendingChannel::getChannelCode))
                .toList();
    }

    public boolean hasUnitsOf(long goodsId) {
        return channels.stream().anyMatch(channel -> channel.getGoodsId() == goodsId && channel.hasUnits());
    }

    /** Where the next unit of the goods comes from: its cheapest channel with units left. */
    public Optional<VendingChannel> cheapestWithUnits(long goodsId) {
        return channels.stream()
                .filter(channel -> channel.getGoodsId() == goodsId && channel.hasUnits())
                .min(CHEAPEST_FIRST);
    }

    /**
     * The channels a unit of the goods may be reserved in at {@code price}, in the order to try them. Their units are
     * not looked at: the guarded update that takes a unit decides, on the row as it is then.
     */
    public List<VendingChannel> pricedAt(long goodsId, BigDecimal price) {
        return channels.stream()
                .filter(channel -> channel.getGoodsId() == goodsId && channel.priced(price))
                .sorted(CHEAPEST_FIRST)
                .toList();
    }
}
