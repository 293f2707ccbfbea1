package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.vending.ChannelStateView;
import com.shop.pojo.vending.MachineStateView;
import com.shop.pojo.vending.MachineStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A machine as operators see it. */
public record MachineStateResponse(
        @Schema(example = "01000028") String innerCode,
        String address,
        MachineStatus status,

        @Schema(description = "the order holding the machine's lease, as a string; absent when the machine is free")
        String leaseOrderId,

        List<Channel> channels) {

    /** One channel: its goods, price, units left and units when full. */
    public record Channel(
            @Schema(example = "A1") String channelCode,
            Long goodsId,
            String goodsName,
            @Schema(type = "number", example = "2.50") BigDecimal price,
            Integer units,
            Integer maxCapacity) {

        static Channel of(ChannelStateView channel) {
            return new Channel(
                    channel.getChannelCode(),
                    channel.getGoodsId(),
                    channel.getGoodsName(),
                    ResponseValues.money(channel.getPrice()),
                    channel.getUnits(),
                    channel.getMaxCapacity());
        }
    }

    static MachineStateResponse of(MachineStateView machine) {
        return new MachineStateResponse(
                machine.getInnerCode(),
                machine.getAddress(),
                machine.getStatus(),
                ResponseValues.id(machine.getLeaseOrderId()),
                machine.getChannels().stream().map(Channel::of).toList());
    }
}
