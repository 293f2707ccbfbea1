package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.goods.GoodsView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A goods item as shoppers see it. */
public record GoodsResponse(
        Long goodsId,
        String goodsName,
        @Schema(description = "units in stock") Integer goodsNumber,
        @Schema(type = "number", example = "25.00") BigDecimal goodsPrice,
        String goodsDesc,
        Instant addTime) {

    static GoodsResponse of(GoodsView goods) {
        return new GoodsResponse(
                goods.getGoodsId(),
                goods.getGoodsName(),
                goods.getGoodsNumber(),
                ResponseValues.money(goods.getGoodsPrice()),
                goods.getGoodsDesc(),
                ResponseValues.instant(goods.getAddTime()));
    }
}
