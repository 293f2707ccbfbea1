package com.shop.pojo.event;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * The time to pay an order is up: scheduled at confirmation as a RocketMQ timer message, it makes the order service
 * close the order's payment and invalidate the order when it is still unpaid.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderPaymentDue implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private Long userId;
}
