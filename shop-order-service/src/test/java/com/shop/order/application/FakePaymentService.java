package com.shop.order.application;

import com.shop.api.PaymentService;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pay service as the order service uses it: closing answers what the test said the platform holds for the order
 * (no payment by default), refunding records the refund once per order.
 */
final class FakePaymentService implements PaymentService {

    final Script script = new Script();
    private final Journal journal;
    private final Map<Long, PaymentClosure> closures = new HashMap<>();
    private final Map<Long, RefundView> refunds = new HashMap<>();

    FakePaymentService(Journal journal) {
        this.journal = journal;
    }

    /** What closing the order's payment finds. */
    FakePaymentService closing(long orderId, PaymentClosure closure) {
        closures.put(orderId, closure);
        return this;
    }

    boolean refunded(long orderId) {
        return refunds.containsKey(orderId);
    }

    @Override
    public PaymentClosure closeOrderPayment(long orderId) {
        journal.record("pay.closeOrderPayment");
        script.beforeEffect("closeOrderPayment");
        return closures.getOrDefault(orderId, PaymentClosure.NO_PAYMENT);
    }

    @Override
    public RefundView refundOrderPayment(long orderId, String reason) {
        journal.record("pay.refundOrderPayment");
        script.beforeEffect("refundOrderPayment");
        RefundView refund = refunds.computeIfAbsent(orderId, id -> RefundView.builder().refundId(id + 1)
                .orderId(id).refundAmount(new BigDecimal("1.00")).refundStatus(RefundStatus.SUCCEEDED).build());
        script.afterEffect("refundOrderPayment");
        return refund;
    }

    @Override
    public PaymentView createPayment(long userId, long orderId) {
        throw new UnsupportedOperationException("the order service never opens payments");
    }

    @Override
    public PaymentView getPayment(long userId, long payId) {
        throw new UnsupportedOperationException("the order service never reads payments");
    }

    @Override
    public List<PaymentView> listOrderPayments(long userId, long orderId) {
        throw new UnsupportedOperationException("the order service never reads payments");
    }

    @Override
    public String handleWechatNotification(String notificationXml) {
        throw new UnsupportedOperationException("notifications go to the pay service");
    }
}
