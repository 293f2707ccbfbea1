package com.shop.orderweb.api;

import com.shop.api.GoodsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "goods")
@RestController
@RequestMapping("/api/goods")
public class GoodsController {

    private final GoodsService goods;

    public GoodsController(GoodsService goods) {
        this.goods = goods;
    }

    @Operation(summary = "All goods with price and stock")
    @GetMapping
    public List<GoodsResponse> list() {
        return goods.listGoods().stream().map(GoodsResponse::of).toList();
    }

    @Operation(summary = "One goods item")
    @ApiResponse(responseCode = "200", description = "the goods")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "GOODS_NOT_FOUND",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/{goodsId}")
    public GoodsResponse get(@PathVariable long goodsId) {
        return GoodsResponse.of(goods.getGoods(goodsId));
    }
}
