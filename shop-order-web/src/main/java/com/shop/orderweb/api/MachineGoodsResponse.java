package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.vending.MachineGoodsView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A goods item a machine sells now. */
public record MachineGoodsResponse(
        Long goodsId,
        String goodsName,

        @Schema(description = "units left, summed over the machine's channels")
        Integer capacity,

        @Schema(type = "number", example = "2.00", description = "the lowest price among its channels")
        BigDecimal price) {

    static MachineGoodsResponse of(MachineGoodsView goods) {
        return new MachineGoodsResponse(
                goods.getGoodsId(), goods.getGoodsName(), goods.getCapacity(), ResponseValues.money(goods.getPrice()));
    }
}
