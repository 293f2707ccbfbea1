package com.shop.payweb.support;

import com.shop.api.PaymentService;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pojo.pay.JsapiPayParameters;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import com.shop.pojo.pay.TradeType;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Payments held in memory; like the real service, another user's payment or order does not exist for the caller.
 * Orders are payable once {@link #payableOrder} named them; notifications are recorded and answered with a fixed reply.
 */
public class FakePaymentService implements PaymentService {

    public static final String NOTIFICATION_REPLY = "<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>";

    private final Map<Long, PaymentView> payments = new ConcurrentHashMap<>();
    private final Map<Long, Long> payableOrders = new ConcurrentHashMap<>();
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile RuntimeException failure;
    private volatile PaymentMethod lastMethod;

    public void put(PaymentView payment) {
        payments.put(payment.getPayId(), payment);
    }

    /** The user's order can be paid; its payment gets the order id plus one as id. */
    public void payableOrder(long userId, long orderId) {
        payableOrders.put(orderId, userId);
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** How many calls reached this service. */
    public int calls() {
        return calls.get();
    }

    /** The notification bodies received, in order. */
    public List<String> notifications() {
        return notifications;
    }

    public void reset() {
        payments.clear();
        payableOrders.clear();
        notifications.clear();
        calls.set(0);
        failure = null;
        lastMethod = null;
    }

    @Override
    public PaymentView createPayment(long userId, long orderId) {
        called();
        Long owner = payableOrders.get(orderId);
        if (owner == null || owner != userId) {
            throw new OrderNotFoundException("no order " + orderId);
        }
        return payments.computeIfAbsent(
                orderId + 1,
                payId -> PaymentView.builder()
                        .payId(payId)
                        .orderId(orderId)
                        .userId(userId)
                        .payAmount(new BigDecimal("12.30"))
                        .payStatus(PaymentStatus.PAYING)
                        .channel(PayChannel.WECHAT)
                        .tradeType(TradeType.NATIVE)
                        .codeUrl("weixin://wxpay/bizpayurl?pr=fake" + payId)
                        .build());
    }

    /** A JSAPI payment gets fixed parameters; the method asked for is kept ({@link #lastMethod}). */
    @Override
    public PaymentView createPayment(long userId, long orderId, PaymentMethod method) {
        lastMethod = method;
        PaymentView payment = createPayment(userId, orderId);
        if (method.getTradeType() != TradeType.JSAPI) {
            return payment;
        }
        return payment.toBuilder()
                .tradeType(TradeType.JSAPI)
                .codeUrl(null)
                .jsapi(JsapiPayParameters.builder()
                        .appId("wxd930ea5d5a258f4f")
                        .timeStamp("1764600000")
                        .nonceStr("fakenonce")
                        .packageValue("prepay_id=fake" + payment.getPayId())
                        .signType("HMAC-SHA256")
                        .paySign("FAKESIGN")
                        .build())
                .build();
    }

    /** The method of the last payment opened by one, or null. */
    public PaymentMethod lastMethod() {
        return lastMethod;
    }

    @Override
    public PaymentView getPayment(long userId, long payId) {
        called();
        PaymentView payment = payments.get(payId);
        if (payment == null || payment.getUserId() != userId) {
            throw new PaymentNotFoundException("no payment " + payId);
        }
        return payment;
    }

    @Override
    public List<PaymentView> listOrderPayments(long userId, long orderId) {
        called();
        return payments.values().stream()
                .filter(payment -> payment.getOrderId() == orderId && payment.getUserId() == userId)
                .sorted(Comparator.comparing(PaymentView::getPayId))
                .toList();
    }

    @Override
    public String handleWechatNotification(String notificationXml) {
        called();
        notifications.add(notificationXml);
        return NOTIFICATION_REPLY;
    }

    @Override
    public PaymentClosure closeOrderPayment(long orderId) {
        called();
        return PaymentClosure.NO_PAYMENT;
    }

    @Override
    public RefundView refundOrderPayment(long orderId, String reason) {
        called();
        throw new IllegalOrderStateException("no paid payment of order " + orderId);
    }

    private void called() {
        calls.incrementAndGet();
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
    }
}
