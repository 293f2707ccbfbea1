package com.shop.pay.rpc;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.pay.application.OpenedPayment;
import com.shop.pay.application.PaymentClosing;
import com.shop.pay.application.PaymentNotifications;
import com.shop.pay.application.PaymentOpening;
import com.shop.pay.application.PaymentQueries;
import com.shop.pay.application.PaymentRefunds;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.Refund;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Dubbo adapter of the payment capability. The timeout callers inherit covers the slowest methods: a close that finds
 * the trade paid makes two calls to the platform, each bounded by its request timeout.
 */
@DubboService(version = ServiceVersions.V1, timeout = PaymentServiceProvider.TIMEOUT_MILLIS)
public class PaymentServiceProvider implements PaymentService {

    static final int TIMEOUT_MILLIS = 8_000;

    private final PaymentOpening opening;
    private final PaymentQueries queries;
    private final PaymentNotifications notifications;
    private final PaymentClosing closing;
    private final PaymentRefunds refunds;

    public PaymentServiceProvider(
            PaymentOpening opening,
            PaymentQueries queries,
            PaymentNotifications notifications,
            PaymentClosing closing,
            PaymentRefunds refunds) {
        this.opening = opening;
        this.queries = queries;
        this.notifications = notifications;
        this.closing = closing;
        this.refunds = refunds;
    }

    @Override
    public PaymentView createPayment(long userId, long orderId) {
        return toView(opening.open(userId, orderId));
    }

    @Override
    public PaymentView createPayment(long userId, long orderId, PaymentMethod method) {
        OpenedPayment opened = opening.open(userId, orderId, method);
        PaymentView view = toView(opened.payment());
        view.setJsapi(opened.jsapi());
        return view;
    }

    @Override
    public PaymentView getPayment(long userId, long payId) {
        return toView(queries.getPayment(userId, payId));
    }

    @Override
    public List<PaymentView> listOrderPayments(long userId, long orderId) {
        return queries.listOrderPayments(userId, orderId).stream()
                .map(PaymentServiceProvider::toView)
                .toList();
    }

    @Override
    public String handleWechatNotification(String notificationXml) {
        return notifications.handle(notificationXml);
    }

    @Override
    public PaymentClosure closeOrderPayment(long orderId) {
        return closing.closeOrderPayment(orderId);
    }

    @Override
    public RefundView refundOrderPayment(long orderId, String reason) {
        return toView(refunds.refundOrder(orderId, reason));
    }

    static PaymentView toView(Payment payment) {
        return PaymentView.builder()
                .payId(payment.getPayId())
                .orderId(payment.getOrderId())
                .userId(payment.getUserId())
                .payAmount(payment.getPayAmount())
                .payStatus(payment.getPayStatus())
                .channel(payment.method().getChannel())
                .tradeType(payment.getTradeType())
                .codeUrl(payment.getCodeUrl())
                .createTime(payment.getCreateTime())
                .payTime(payment.getPayTime())
                .errCode(payment.getErrCode())
                .errCodeDes(payment.getErrCodeDes())
                .build();
    }

    static RefundView toView(Refund refund) {
        return RefundView.builder()
                .refundId(refund.getRefundId())
                .orderId(refund.getOrderId())
                .payId(refund.getPayId())
                .refundAmount(refund.getRefundAmount())
                .refundStatus(refund.getRefundStatus())
                .createTime(refund.getCreateTime())
                .refundTime(refund.getRefundTime())
                .failureReason(refund.getFailureReason())
                .build();
    }
}
