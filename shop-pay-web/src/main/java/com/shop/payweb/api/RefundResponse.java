package com.shop.payweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A refund of a payment through the payment platform. */
public record RefundResponse(
        @Schema(description = "64-bit id, as a string", example = "7312345678901234999")
        String refundId,

        @Schema(description = "the order refunded, as a string")
        String orderId,

        @Schema(description = "the payment refunded, as a string")
        String payId,

        @Schema(type = "number", example = "34.50") BigDecimal refundAmount,

        @Schema(description = "refund_status: PENDING 0, SUCCEEDED 1, FAILED 2")
        RefundStatus refundStatus,

        Instant createTime,
        Instant refundTime,

        @Schema(description = "why the platform refused it, when it failed (parked for an operator)")
        String failureReason) {

    static RefundResponse of(RefundView refund) {
        return new RefundResponse(
                ResponseValues.id(refund.getRefundId()),
                ResponseValues.id(refund.getOrderId()),
                ResponseValues.id(refund.getPayId()),
                ResponseValues.money(refund.getRefundAmount()),
                refund.getRefundStatus(),
                ResponseValues.instant(refund.getCreateTime()),
                ResponseValues.instant(refund.getRefundTime()),
                refund.getFailureReason());
    }
}
