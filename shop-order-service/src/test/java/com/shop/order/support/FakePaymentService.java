package com.shop.order.support;

import com.shop.api.PaymentService;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pay service as the order service uses it: closing answers what the test said the platform holds for the order
 * (no payment by default), refunding records one refund per order; either may be told to fail for an order.
 */
public class FakePaymentService extends FakeParticipant implements PaymentService {

    private final Map<Long, PaymentClosure> closures = new ConcurrentHashMap<>();
    private final Map<Long, RuntimeException> failures = new ConcurrentHashMap<>();
    private final Map<Long, RefundView> refunds = new ConcurrentHashMap<>();

    public FakePaymentService() {
        this(new Journal());
    }

    public FakePaymentService(Journal journal) {
        super("pay", journal);
    }

    /** What closing the order's payment finds. */
    public FakePaymentService closing(long orderId, PaymentClosure closure) {
        closures.put(orderId, closure);
        return this;
    }

    /** Every call for the order throws the failure. */
    public FakePaymentService failing(long orderId, RuntimeException failure) {
        failures.put(orderId, failure);
        return this;
    }

    public boolean refunded(long orderId) {
        return refunds.containsKey(orderId);
    }

    @Override
    public PaymentClosure closeOrderPayment(long orderId) {
        called("closeOrderPayment", orderId);
        throwIfFailing(orderId);
        return closures.getOrDefault(orderId, PaymentClosure.NO_PAYMENT);
    }

    @Override
    public RefundView refundOrderPayment(long orderId, String reason) {
        called("refundOrderPayment", orderId);
        throwIfFailing(orderId);
        RefundView refund = refunds.computeIfAbsent(
                orderId,
                id -> RefundView.builder()
                        .refundId(id + 1)
                        .orderId(id)
                        .refundAmount(new BigDecimal("1.00"))
                        .refundStatus(RefundStatus.SUCCEEDED)
                        .createTime(new Date())
                        .refundTime(new Date())
                        .build());
        done("refundOrderPayment");
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

    private void throwIfFailing(long orderId) {
        RuntimeException failure = failures.get(orderId);
        if (failure != null) {
            throw failure;
        }
    }
}
