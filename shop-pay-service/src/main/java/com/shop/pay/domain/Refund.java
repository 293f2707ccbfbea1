package com.shop.pay.domain;

import com.shop.pojo.pay.RefundStatus;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * The refund of an order's paid payment: all of it, at most one per order. Its id is the {@code out_refund_no} sent
 * to the platform, which refunds a repeated request with the same number only once. Pending until the platform made
 * it (succeeded) or will not (failed); accepted ({@code acceptTime}) only means it is being made.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Refund {

    private long refundId;
    private long orderId;
    private long payId;
    private BigDecimal refundAmount;
    private RefundStatus refundStatus;
    private String reason;
    private String failureReason;
    private String gatewayRefundId;
    private Date createTime;
    private Date acceptTime;
    private Date refundTime;

    public static Refund pendingOf(long refundId, Payment paid, String reason) {
        return Refund.builder()
                .refundId(refundId)
                .orderId(paid.getOrderId())
                .payId(paid.getPayId())
                .refundAmount(paid.getPayAmount())
                .refundStatus(RefundStatus.PENDING)
                .reason(reason)
                .build();
    }

    public boolean isSucceeded() {
        return refundStatus == RefundStatus.SUCCEEDED;
    }

    /** Succeeded or failed: nothing more is asked of the platform. */
    public boolean isSettled() {
        return refundStatus != RefundStatus.PENDING;
    }

    /** Whether the platform took the request (and is making or made the refund). */
    public boolean isAccepted() {
        return acceptTime != null;
    }
}
