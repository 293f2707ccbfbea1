package com.shop.pojo.event;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * An order was cancelled: every participant undoes whatever it did for this order, and only that.
 * Figures are what the order asked for; participants consult their own ledger to know what really happened.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderCancelled implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private Long userId;
    private Long goodsId;
    private Integer goodsNumber;
    private Long couponId;
    private BigDecimal moneyPaid;
    private String reason;
    /** The vending machine of a vending order; null for an ordinary order. */
    private String innerCode;
}
