package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.shop.api.OrderService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.order.OrderServiceTestBase;
import com.shop.order.support.ParticipantCall;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.pay.PaymentClosure;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/**
 * Cancelling orders as the web edge does, over the network, with the pay provider the order service calls also
 * reached over the network: unpaid orders are cancelled after their payment is closed, paid ones refunded.
 */
class OrderCancellationDubboTest extends OrderServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 30_000)
    OrderService orderService;

    @Test
    void anUnpaidOrderIsCancelledAfterItsPaymentIsClosedAndTheCancelReachesTheBroker() {
        Placed placed = placeOrder("0.00");
        participants.payments().closing(placed.orderId(), PaymentClosure.CLOSED);

        OrderView cancelled = orderService.cancelOrder(placed.userId(), placed.orderId());

        assertThat(cancelled.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(cancelled.getCancelReason()).isEqualTo("cancelled by the user");
        assertThat(payCalls(placed.orderId())).containsExactly("closeOrderPayment");
        assertThat(participants.payments().callsFor(placed.orderId()))
                .extracting(ParticipantCall::protocol)
                .containsOnly("dubbo");
        assertAnnounced(placed, "CANCELLED");
        assertThat(orderService.cancelOrder(placed.userId(), placed.orderId()))
                .as("cancelling twice")
                .isEqualTo(cancelled);
        assertThat(payCalls(placed.orderId())).containsExactly("closeOrderPayment");
    }

    @Test
    void aPaidOrderIsRefundedThroughThePayServiceAndBecomesRefunded() {
        Placed placed = placeOrder("10.00");
        jdbc.update("UPDATE trade_order SET pay_status = 2, pay_time = NOW(3) WHERE order_id = ?", placed.orderId());

        OrderView refunded = orderService.cancelOrder(placed.userId(), placed.orderId());

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(orderStatus(placed.orderId())).isEqualTo(4);
        assertThat(payCalls(placed.orderId())).containsExactly("refundOrderPayment");
        assertThat(participants.payments().refunded(placed.orderId())).isTrue();
        assertAnnounced(placed, "REFUNDED");
        assertThat(orderService.cancelOrder(placed.userId(), placed.orderId())).isEqualTo(refunded);
        assertThat(payCalls(placed.orderId())).containsExactly("refundOrderPayment");
    }

    @Test
    void anUnpaidOrderThePlatformSaysWasPaidIsRefunded() {
        Placed placed = placeOrder("0.00");
        participants.payments().closing(placed.orderId(), PaymentClosure.PAID);

        OrderView refunded = orderService.cancelOrder(placed.userId(), placed.orderId());

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(refunded.getPayTime()).isNotNull();
        assertThat(payCalls(placed.orderId())).containsExactly("closeOrderPayment", "refundOrderPayment");
        assertAnnounced(placed, "REFUNDED");
    }

    @Test
    void anOrderPaidInFullByBalanceIsRefundedWithoutThePayService() {
        // 1 × 20.00 + 10.00 shipping = 30.00, all from the balance
        Placed placed = placeOrder("30.00");
        assertThat(orderRow(placed.orderId())).containsEntry("pay_status", 2);

        OrderView refunded = orderService.cancelOrder(placed.userId(), placed.orderId());

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(payCalls(placed.orderId())).isEmpty();
        assertAnnounced(placed, "REFUNDED");
    }

    @Test
    void ordersThatCannotBeCancelledAreRefusedAndLeftAlone() {
        Placed shipped = placeOrder("0.00");
        jdbc.update("UPDATE trade_order SET pay_status = 2, shipping_status = 1 WHERE order_id = ?", shipped.orderId());
        long unconfirmed = newId();
        long userId = participants.users().add("0.00");
        jdbc.update("""
                INSERT INTO trade_order (order_id, user_id, order_status, pay_status, shipping_status, address,
                                         consignee, goods_id, goods_number, goods_price, goods_amount, shipping_fee,
                                         order_amount, pay_amount, add_time)
                VALUES (?, ?, 0, 0, 0, 'a street', 'someone', 55, 1, 20.00, 20.00, 10.00, 30.00, 30.00, NOW(3))""", unconfirmed, userId);

        IllegalOrderStateException shippedRefusal = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.cancelOrder(shipped.userId(), shipped.orderId()));
        IllegalOrderStateException inFlight = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.cancelOrder(userId, unconfirmed));
        OrderNotFoundException othersOrder = catchThrowableOfType(
                OrderNotFoundException.class, () -> orderService.cancelOrder(userId, shipped.orderId()));

        assertThat(shippedRefusal.getCode()).isEqualTo("ORDER_STATE_CONFLICT");
        assertThat(shippedRefusal.getOrderId()).isEqualTo(shipped.orderId());
        assertThat(inFlight.getMessage()).contains("being confirmed");
        assertThat(othersOrder).isNotNull();
        assertThat(orderStatus(shipped.orderId())).isEqualTo(1);
        assertThat(orderStatus(unconfirmed)).isZero();
        assertThat(payCalls(shipped.orderId())).isEmpty();
        assertThat(outboxRows(shipped.orderId())).isZero();
    }

    @Test
    void aFailingPayServiceLeavesTheOrderUnchanged() {
        Placed unreachable = placeOrder("0.00");
        participants.payments().failing(unreachable.orderId(), new IllegalStateException("connection reset"));
        Placed gatewayDown = placeOrder("0.00");
        jdbc.update("UPDATE trade_order SET pay_status = 2 WHERE order_id = ?", gatewayDown.orderId());
        participants
                .payments()
                .failing(gatewayDown.orderId(), new ServiceUnavailableException("the payment platform did not answer"));

        ServiceUnavailableException closing = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> orderService.cancelOrder(unreachable.userId(), unreachable.orderId()));
        ServiceUnavailableException refunding = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> orderService.cancelOrder(gatewayDown.userId(), gatewayDown.orderId()));

        assertThat(closing.getOrderId()).isEqualTo(unreachable.orderId());
        assertThat(closing.getMessage()).contains("unchanged");
        assertThat(refunding.getMessage()).isEqualTo("the payment platform did not answer");
        for (Placed placed : new Placed[] {unreachable, gatewayDown}) {
            assertThat(orderStatus(placed.orderId())).isEqualTo(1);
            assertThat(outboxRows(placed.orderId())).isZero();
            assertThat(timeline(placed.orderId())).containsExactly("CONFIRMED");
        }
    }

    @Test
    void confirmingAnOrderWithSomethingToPaySetsItsPaymentDeadline() {
        Placed unpaid = placeOrder("0.00");
        Placed paidInFull = placeOrder("30.00");

        Timestamp confirmed = jdbc.queryForObject(
                "SELECT confirm_time FROM trade_order WHERE order_id = ?", Timestamp.class, unpaid.orderId());
        Timestamp due = jdbc.queryForObject(
                "SELECT pay_deadline FROM trade_order WHERE order_id = ?", Timestamp.class, unpaid.orderId());
        assertThat(Duration.between(confirmed.toInstant(), due.toInstant())).isEqualTo(Duration.ofMinutes(10));
        assertThat(orderRow(paidInFull.orderId()).get("pay_deadline")).isNull();
        assertThat(outboxRows(unpaid.orderId(), "OrderPaymentDue"))
                .as("no timer message any more")
                .isZero();
        assertThat(timeline(unpaid.orderId())).containsExactly("CONFIRMED");
        assertThat(timeline(paidInFull.orderId())).containsExactly("CONFIRMED");
    }

    private void assertAnnounced(Placed placed, String timelineEvent) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(outboxStatus(placed.orderId())).isEqualTo(1);
            assertThat(observedEvents.cancellationsOf(placed.orderId())).isNotEmpty();
        });
        assertThat(outboxRows(placed.orderId())).isEqualTo(1);
        OrderCancelled event = observedEvents.cancellationsOf(placed.orderId()).get(0);
        assertThat(event.getUserId()).isEqualTo(placed.userId());
        assertThat(event.getGoodsId()).isEqualTo(placed.goodsId());
        assertThat(event.getGoodsNumber()).isEqualTo(1);
        assertThat(event.getMoneyPaid()).isEqualByComparingTo(placed.moneyPaid());
        assertThat(event.getReason()).isEqualTo(orderRow(placed.orderId()).get("cancel_reason"));
        assertThat(timeline(placed.orderId())).containsExactlyInAnyOrder("CONFIRMED", timelineEvent);
    }

    private List<String> payCalls(long orderId) {
        return participants.payments().callsFor(orderId).stream()
                .map(ParticipantCall::method)
                .toList();
    }

    /** One unit of 20.00 + 10.00 shipping = 30.00, {@code moneyPaid} of it from the balance. */
    private Placed placeOrder(String moneyPaid) {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("20.00", 10);
        OrderView order = orderService.confirmOrder(
                userId,
                ConfirmOrderRequest.builder()
                        .goodsId(goodsId)
                        .goodsNumber(1)
                        .goodsPrice(new BigDecimal("20.00"))
                        .shippingFee(new BigDecimal("10.00"))
                        .orderAmount(new BigDecimal("30.00"))
                        .moneyPaid(new BigDecimal(moneyPaid))
                        .address("1 Network Road")
                        .consignee("Remote Tester")
                        .build());
        return new Placed(order.getOrderId(), userId, goodsId, moneyPaid);
    }

    private record Placed(long orderId, long userId, long goodsId, String moneyPaid) {}
}
