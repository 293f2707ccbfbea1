package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.vending.MachineChannelView;
import com.shop.pojo.vending.MachineGoodsDetailView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** One goods at one machine, channel by channel. */
public record MachineGoodsDetailResponse(
        Long goodsId,
        String goodsName,

        @Schema(type = "number", example = "2.80", description = "the goods' catalogue price")
        BigDecimal price,

        @Schema(example = "01000028") String innerCode,
        @Schema(description = "where the machine stands") String address,

        @Schema(description = "every channel of the machine holding the goods, by channel code")
        List<Channel> channels) {

    /** A channel holding the goods, at its own price. */
    public record Channel(
            @Schema(example = "A1") String channelCode,
            @Schema(type = "number", example = "2.50") BigDecimal price,

            @Schema(description = "units left; 0 when sold out")
            Integer units) {

        static Channel of(MachineChannelView channel) {
            return new Channel(channel.getChannelCode(), ResponseValues.money(channel.getPrice()), channel.getUnits());
        }
    }

    static MachineGoodsDetailResponse of(MachineGoodsDetailView detail) {
        return new MachineGoodsDetailResponse(
                detail.getGoodsId(),
                detail.getGoodsName(),
                ResponseValues.money(detail.getGoodsPrice()),
                detail.getInnerCode(),
                detail.getAddress(),
                detail.getChannels().stream().map(Channel::of).toList());
    }
}
