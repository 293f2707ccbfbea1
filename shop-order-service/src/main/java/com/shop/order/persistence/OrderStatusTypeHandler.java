package com.shop.order.persistence;

import com.shop.pojo.order.OrderStatus;

/** {@link OrderStatus} as its code. */
public class OrderStatusTypeHandler extends StatusCodeTypeHandler<OrderStatus> {

    public OrderStatusTypeHandler() {
        super(OrderStatus::code, OrderStatus::ofCode);
    }
}
