package com.shop.orderweb.api;

import com.shop.pojo.order.OrderPage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the caller's orders (in the back office: every user's), newest first. */
public record OrderPageResponse(
        List<OrderResponse> items,
        @Schema(description = "counts from 0") int page,
        int size,

        @Schema(description = "number of orders of the caller (or listed) over all pages")
        long total) {

    static OrderPageResponse of(OrderPage page) {
        List<OrderResponse> items = page.getItems() == null
                ? List.of()
                : page.getItems().stream().map(OrderResponse::of).toList();
        return new OrderPageResponse(items, page.getPage(), page.getSize(), page.getTotal());
    }
}
