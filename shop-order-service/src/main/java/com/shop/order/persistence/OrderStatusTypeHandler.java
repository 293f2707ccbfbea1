package com.shop.order.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.order.OrderStatus;

/** {@link OrderStatus} as its code. */
public class OrderStatusTypeHandler extends CodedEnumTypeHandler<OrderStatus> {

    public OrderStatusTypeHandler() {
        super(OrderStatus::code, OrderStatus::ofCode);
    }
}
