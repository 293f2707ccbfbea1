package com.shop.pay.application;

import com.shop.api.OrderService;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.common.id.IdGenerator;
import com.shop.common.tracing.Correlation;
import com.shop.pay.domain.JsapiSigner;
import com.shop.pay.domain.OpenedTrade;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentMethods;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentMethod;
import java.math.BigDecimal;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Opening the payment of a user's confirmed, unpaid order, for the order's pay amount as the order service stored it.
 * The payment is written first (one open payment per order, whoever asks how often), then its trade is opened at the
 * platform outside any transaction; when the platform fails, asking again opens the same trade. Asked by another
 * method than the open payment's (JSAPI rather than a QR code, another payer), the open payment is closed, at the
 * platform first, and one by the new method opened: one order still never has two open payments, and money that
 * reaches the closed one is refunded ({@link PaymentTransitions#recordPaid}).
 */
@Slf4j
@Service
public class PaymentOpening {

    private final OrderService orders;
    private final PaymentRepository payments;
    private final PaymentTransitions transitions;
    private final PaymentGateways gateways;
    private final PaymentClosing closing;
    private final JsapiSigner jsapi;
    private final IdGenerator ids;
    private final Correlation correlation;

    public PaymentOpening(
            OrderService orders,
            PaymentRepository payments,
            PaymentTransitions transitions,
            PaymentGateways gateways,
            PaymentClosing closing,
            JsapiSigner jsapi,
            IdGenerator ids,
            Correlation correlation) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
        this.gateways = gateways;
        this.closing = closing;
        this.jsapi = jsapi;
        this.ids = ids;
        this.correlation = correlation;
    }

    /** A NATIVE (QR code) payment at WeChat Pay. */
    public Payment open(long userId, long orderId) {
        return open(userId, orderId, PaymentMethod.wechatNative()).payment();
    }

    /** @throws InvalidRequestException the method is not one a payment can be opened by; nothing is asked or written */
    public OpenedPayment open(long userId, long orderId, PaymentMethod asked) {
        try (Correlation.Scope order = correlation.orderId(orderId)) {
            return openFor(userId, orderId, asked);
        }
    }

    private OpenedPayment openFor(long userId, long orderId, PaymentMethod asked) {
        PaymentMethod method = PaymentMethods.checked(asked);
        requireOffered(method);
        OrderView order = payableOrder(userId, orderId);
        Payment payment = openPayment(order, method);
        if (payment.isPaid()) {
            throw new OrderAlreadyPaidException("order " + orderId + " is paid").withOrderId(orderId);
        }
        if (!payment.hasTrade()) {
            openTrade(payment);
        }
        return new OpenedPayment(payment, payment.isJsapi() ? jsapi.sign(payment.getPrepayId()) : null);
    }

    /** A platform this deployment has no merchant account at is refused before anything is written. */
    private void requireOffered(PaymentMethod method) {
        PaymentGateway gateway;
        try {
            gateway = gateways.of(method.getChannel());
        } catch (PaymentGatewayException unknown) {
            gateway = null;
        }
        if (gateway == null || !gateway.configured()) {
            throw new InvalidRequestException("payments by " + method.getChannel() + " are not taken here");
        }
    }

    private OrderView payableOrder(long userId, long orderId) {
        OrderView order;
        try {
            order = orders.getOrder(userId, orderId);
        } catch (ShopException refusal) {
            throw refusal;
        } catch (RuntimeException unreachable) {
            throw new ServiceUnavailableException("the order service did not answer; no payment was opened")
                    .withOrderId(orderId);
        }
        if (order.getOrderStatus() != OrderStatus.CONFIRMED) {
            throw new IllegalOrderStateException("order " + orderId + " is " + order.getOrderStatus()
                            + "; only a confirmed order can be paid")
                    .withOrderId(orderId);
        }
        if (order.getPayStatus() == PayStatus.PAID || order.getPayAmount().signum() <= 0) {
            throw new OrderAlreadyPaidException("order " + orderId + " needs no payment: "
                            + (order.getPayStatus() == PayStatus.PAID
                                    ? "it is paid"
                                    : "coupon and balance paid it all"))
                    .withOrderId(orderId);
        }
        return order;
    }

    private Payment openPayment(OrderView order, PaymentMethod method) {
        long orderId = order.getOrderId();
        Optional<Payment> open = payments.findOpenPayment(orderId);
        if (open.isPresent() && !open.get().isPaid() && !open.get().method().equals(method)) {
            closeForAnotherMethod(open.get(), method);
            open = payments.findOpenPayment(orderId);
        }
        return open.orElseGet(() -> {
            BigDecimal amount = order.getPayAmount();
            Payment opening = Payment.opening(ids.nextId(), orderId, order.getUserId(), amount, method);
            if (transitions.open(opening)) {
                log.info("Payment of order {} opened for {}", orderId, amount);
                closeUnlessStillPayable(opening, order.getUserId());
            }
            return payments.findOpenPayment(orderId)
                    .orElseThrow(() -> new IllegalStateException("the open payment of order " + orderId + " vanished"));
        });
    }

    /** When the platform says the open payment was paid meanwhile, the order is paid and no other payment opened. */
    private void closeForAnotherMethod(Payment open, PaymentMethod method) {
        long orderId = open.getOrderId();
        if (closing.closeOrderPayment(orderId) == PaymentClosure.PAID) {
            throw new OrderAlreadyPaidException("order " + orderId + " was paid meanwhile").withOrderId(orderId);
        }
        log.info(
                "Payment {} of order {} ({} {}) closed: the payer asked to pay by {} {}",
                open.getPayId(),
                orderId,
                open.method().getChannel(),
                open.getTradeType(),
                method.getChannel(),
                method.getTradeType());
    }

    /**
     * The order may have been cancelled between the first look and the payment's insert, and its cancellation then
     * found no payment to close. Looked at again now that the payment exists, a cancellation is either seen here or
     * finds this payment when it is announced ({@link CancelledOrderPayments}).
     */
    private void closeUnlessStillPayable(Payment opened, long userId) {
        try {
            payableOrder(userId, opened.getOrderId());
        } catch (RuntimeException notPayable) {
            transitions.close(opened.getPayId());
            log.info("Payment {} closed before its trade was opened: {}", opened.getPayId(), notPayable.getMessage());
            throw notPayable;
        }
    }

    private void openTrade(Payment payment) {
        OpenedTrade trade;
        try {
            trade = gateways.of(payment).openTrade(payment);
        } catch (PaymentGatewayException e) {
            log.warn("The platform did not open the trade of payment {}: {}", payment.getPayId(), e.getMessage());
            throw new ServiceUnavailableException(
                            "the payment platform did not answer; ask again to pay order " + payment.getOrderId())
                    .withOrderId(payment.getOrderId());
        }
        if (!payments.attachTrade(payment.getPayId(), trade.codeUrl(), trade.prepayId())) {
            // closed meanwhile, by the cancellation of its order: nobody gets to pay this trade
            closeTradeQuietly(payment);
            throw new IllegalOrderStateException(
                            "order " + payment.getOrderId() + " was cancelled while its payment " + "was being opened")
                    .withOrderId(payment.getOrderId());
        }
        payment.setCodeUrl(trade.codeUrl());
        payment.setPrepayId(trade.prepayId());
    }

    private void closeTradeQuietly(Payment payment) {
        try {
            gateways.of(payment).closeTrade(payment);
        } catch (PaymentGatewayException e) {
            log.warn(
                    "The trade of closed payment {} was not closed at the platform: {}",
                    payment.getPayId(),
                    e.getMessage());
        }
    }
}
