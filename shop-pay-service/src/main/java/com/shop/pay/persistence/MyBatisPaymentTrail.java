package com.shop.pay.persistence;

import com.shop.common.trail.TrailSource;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.Refund;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The payments and refunds of an order, each moment its row records: opened, an attempt that failed, paid, closed;
 * a refund asked, accepted by the platform, made or failed.
 */
@Component
public class MyBatisPaymentTrail implements TrailSource {

    private final PaymentMapper payments;
    private final RefundMapper refunds;

    public MyBatisPaymentTrail(PaymentMapper payments, RefundMapper refunds) {
        this.payments = payments;
        this.refunds = refunds;
    }

    @Override
    public List<TrailEntry> entriesOf(long orderId) {
        List<TrailEntry> entries = new ArrayList<>();
        payments.findByOrder(orderId).forEach(payment -> entries.addAll(paymentEntries(payment)));
        refunds.findByOrder(orderId).forEach(refund -> entries.addAll(refundEntries(refund)));
        return entries;
    }

    private static List<TrailEntry> paymentEntries(Payment payment) {
        String detail = "payment " + payment.getPayId() + " at " + payment.getChannel() + ", " + payment.getTradeType();
        List<TrailEntry> entries = new ArrayList<>();
        entries.add(moment(TrailKind.PAYMENT, "payment opened", payment.getCreateTime(), detail)
                .amount(payment.getPayAmount())
                .build());
        if (payment.getFailTime() != null) {
            entries.add(moment(TrailKind.PAYMENT, "payment attempt failed", payment.getFailTime(), detail)
                    .reason(payment.getErrCode() + ": " + payment.getErrCodeDes())
                    .build());
        }
        if (payment.getPayTime() != null) {
            entries.add(moment(
                            TrailKind.PAYMENT,
                            "payment succeeded",
                            payment.getPayTime(),
                            detail + ", platform trade " + payment.getTransactionId())
                    .amount(payment.getPayAmount())
                    .build());
        }
        if (payment.getCloseTime() != null) {
            entries.add(moment(TrailKind.PAYMENT, "payment closed", payment.getCloseTime(), detail)
                    .build());
        }
        return entries;
    }

    private static List<TrailEntry> refundEntries(Refund refund) {
        String detail = "refund " + refund.getRefundId() + " of payment " + refund.getPayId();
        List<TrailEntry> entries = new ArrayList<>();
        entries.add(moment(TrailKind.REFUND, "refund requested", refund.getCreateTime(), detail)
                .amount(refund.getRefundAmount())
                .reason(refund.getReason())
                .build());
        if (refund.getAcceptTime() != null) {
            entries.add(moment(TrailKind.REFUND, "refund accepted by the platform", refund.getAcceptTime(), detail)
                    .build());
        }
        if (refund.getRefundStatus() == RefundStatus.SUCCEEDED) {
            entries.add(moment(TrailKind.REFUND, "refund succeeded", refund.getRefundTime(), detail)
                    .amount(refund.getRefundAmount())
                    .build());
        } else if (refund.getRefundStatus() == RefundStatus.FAILED) {
            entries.add(moment(TrailKind.REFUND, "refund failed", refund.getRefundTime(), detail)
                    .reason(refund.getFailureReason())
                    .build());
        }
        return entries;
    }

    private static TrailEntry.TrailEntryBuilder moment(TrailKind kind, String name, Date time, String detail) {
        return TrailEntry.builder().kind(kind).name(name).time(time).detail(detail);
    }
}
