package com.shop.pojo.pay;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** The refund of an order's payment through the payment platform (at most one per order). */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class RefundView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long refundId;
    private Long orderId;
    private Long payId;
    private BigDecimal refundAmount;
    private RefundStatus refundStatus;
    private Date createTime;
    private Date refundTime;
    /** Why the platform refused it, when it failed: parked for an operator. */
    private String failureReason;
}
