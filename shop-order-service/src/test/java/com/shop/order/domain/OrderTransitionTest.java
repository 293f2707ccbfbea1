package com.shop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which moves an order may take from which states: the rules the guarded updates apply. */
class OrderTransitionTest {

    /**
     * The guards as the order table's codes spell them (order_status 0 unconfirmed, 1 confirmed; pay_status 2 paid;
     * shipping_status 0 not shipped, 1 shipped): the {@code WHERE} of each update as it was written before the moves
     * had names, and of the fulfilment's moves in the same codes.
     */
    private static final Map<OrderTransition, Predicate<int[]>> GUARDS = Map.of(
            OrderTransition.CONFIRM, codes -> codes[0] == 0,
            OrderTransition.CANCEL, codes -> codes[0] == 0,
            OrderTransition.MARK_PAID, codes -> codes[0] == 1 && codes[1] != 2,
            OrderTransition.MARK_SHIPPED, codes -> codes[0] == 1 && codes[1] == 2 && codes[2] == 0,
            OrderTransition.SHIP, codes -> codes[0] == 1 && codes[1] == 2 && codes[2] == 0,
            OrderTransition.RECEIVE, codes -> codes[0] == 1 && codes[1] == 2 && codes[2] == 1,
            OrderTransition.ASK_REFUND, codes -> codes[0] == 1 && codes[2] == 0,
            OrderTransition.CANCEL_UNPAID, codes -> codes[0] == 1 && codes[1] != 2 && codes[2] == 0,
            OrderTransition.INVALIDATE_UNPAID, codes -> codes[0] == 1 && codes[1] != 2,
            OrderTransition.REFUND, codes -> codes[0] == 1 && codes[2] == 0);

    @ParameterizedTest
    @EnumSource(OrderTransition.class)
    void eachMoveLeavesFromExactlyTheStatesItsGuardAdmits(OrderTransition transition) {
        List<String> admitted = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (OrderStatus order : OrderStatus.values()) {
            for (PayStatus pay : PayStatus.values()) {
                for (ShippingStatus shipping : ShippingStatus.values()) {
                    String state = order + "/" + pay + "/" + shipping;
                    if (transition.leavesFrom(order, pay, shipping)) {
                        admitted.add(state);
                    }
                    if (GUARDS.get(transition).test(new int[] {order.code(), pay.code(), shipping.code()})) {
                        expected.add(state);
                    }
                }
            }
        }
        assertThat(admitted).isNotEmpty().isEqualTo(expected);
    }

    @Test
    void onlyCancellingInvalidatingAndRefundingCloseAnOrderAndOnlyARefundLeavesItPaid() {
        assertThat(OrderTransition.values())
                .filteredOn(OrderTransition::closes)
                .containsExactlyInAnyOrder(
                        OrderTransition.CANCEL,
                        OrderTransition.CANCEL_UNPAID,
                        OrderTransition.INVALIDATE_UNPAID,
                        OrderTransition.REFUND);
        assertThat(OrderTransition.CANCEL.getOrderStatusAfter()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderTransition.CANCEL_UNPAID.getOrderStatusAfter()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(OrderTransition.INVALIDATE_UNPAID.getOrderStatusAfter()).isEqualTo(OrderStatus.INVALID);
        assertThat(OrderTransition.REFUND.getOrderStatusAfter()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(OrderTransition.values())
                .filteredOn(transition -> transition.getPayStatusAfter() != null)
                .containsExactlyInAnyOrder(OrderTransition.MARK_PAID, OrderTransition.REFUND);
    }

    @Test
    void anOrderKnowsWhichMovesItMayTake() {
        Order unconfirmed = order(OrderStatus.UNCONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED);
        Order awaitingPayment = order(OrderStatus.CONFIRMED, PayStatus.PAYING, ShippingStatus.NOT_SHIPPED);
        Order paid = order(OrderStatus.CONFIRMED, PayStatus.PAID, ShippingStatus.NOT_SHIPPED);
        Order shipped = order(OrderStatus.CONFIRMED, PayStatus.PAID, ShippingStatus.SHIPPED);

        assertThat(movesOf(unconfirmed)).containsExactly(OrderTransition.CONFIRM, OrderTransition.CANCEL);
        assertThat(movesOf(awaitingPayment))
                .containsExactly(
                        OrderTransition.MARK_PAID,
                        OrderTransition.ASK_REFUND,
                        OrderTransition.CANCEL_UNPAID,
                        OrderTransition.INVALIDATE_UNPAID,
                        OrderTransition.REFUND);
        assertThat(movesOf(paid))
                .containsExactly(
                        OrderTransition.MARK_SHIPPED,
                        OrderTransition.SHIP,
                        OrderTransition.ASK_REFUND,
                        OrderTransition.REFUND);
        assertThat(movesOf(shipped)).containsExactly(OrderTransition.RECEIVE);
        assertThat(movesOf(order(OrderStatus.CONFIRMED, PayStatus.PAID, ShippingStatus.RECEIVED)))
                .isEmpty();
        assertThat(awaitingPayment.awaitsPayment()).isTrue();
        assertThat(paid.awaitsPayment()).isFalse();
        for (OrderStatus closed : List.of(OrderStatus.CANCELLED, OrderStatus.INVALID, OrderStatus.REFUNDED)) {
            assertThat(movesOf(order(closed, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED)))
                    .isEmpty();
        }
    }

    /**
     * Besides the states, shipping and receiving are for ordinary orders only (a vending order's machine dispenses it)
     * and shipping never follows a refund its shopper asked for: every move, for each kind of order, in every state.
     */
    @ParameterizedTest
    @EnumSource(OrderTransition.class)
    void shippingAndReceivingAreForOrdinaryOrdersAndShippingNotOnceARefundWasAsked(OrderTransition transition) {
        boolean ordinaryOnly = transition == OrderTransition.SHIP || transition == OrderTransition.RECEIVE;
        boolean refusedOnceRefundAsked = transition == OrderTransition.SHIP;
        for (OrderStatus orderStatus : OrderStatus.values()) {
            for (PayStatus pay : PayStatus.values()) {
                for (ShippingStatus shipping : ShippingStatus.values()) {
                    for (boolean vending : new boolean[] {false, true}) {
                        for (boolean refundAsked : new boolean[] {false, true}) {
                            Order order = order(orderStatus, pay, shipping).toBuilder()
                                    .innerCode(vending ? "01000028" : null)
                                    .refundAskedTime(refundAsked ? new Date(0) : null)
                                    .build();
                            boolean expected = transition.leavesFrom(orderStatus, pay, shipping)
                                    && !(ordinaryOnly && vending)
                                    && !(refusedOnceRefundAsked && refundAsked);
                            assertThat(order.may(transition))
                                    .as(
                                            "%s from %s/%s/%s, vending %s, refund asked %s",
                                            transition, orderStatus, pay, shipping, vending, refundAsked)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
        assertThat(transition.isOrdinaryOnly()).isEqualTo(ordinaryOnly);
        assertThat(transition.isRefusedOnceRefundAsked()).isEqualTo(refusedOnceRefundAsked);
    }

    @Test
    void shippingShipsAndReceivingReceivesWhileEveryOtherMoveLeavesTheShippingStatus() {
        assertThat(OrderTransition.SHIP.getShippingStatusAfter()).isEqualTo(ShippingStatus.SHIPPED);
        assertThat(OrderTransition.MARK_SHIPPED.getShippingStatusAfter()).isEqualTo(ShippingStatus.SHIPPED);
        assertThat(OrderTransition.RECEIVE.getShippingStatusAfter()).isEqualTo(ShippingStatus.RECEIVED);
        assertThat(OrderTransition.values())
                .filteredOn(transition -> transition.getShippingStatusAfter() != null)
                .containsExactlyInAnyOrder(OrderTransition.MARK_SHIPPED, OrderTransition.SHIP, OrderTransition.RECEIVE);
        assertThat(OrderTransition.values())
                .filteredOn(transition -> transition.getShippingStatusAfter() != null)
                .allMatch(transition -> transition.getOrderStatusAfter() == OrderStatus.CONFIRMED
                        && transition.getPayStatusAfter() == null);
    }

    @Test
    void anOrderHoldsItsUsersUnpaidLimitWhileItMayStillBeConfirmedOrPaid() {
        List<String> holding = new ArrayList<>();
        for (OrderStatus order : OrderStatus.values()) {
            for (PayStatus pay : PayStatus.values()) {
                for (ShippingStatus shipping : ShippingStatus.values()) {
                    if (order(order, pay, shipping).holdsUnpaid()) {
                        holding.add(order + "/" + pay + "/" + shipping);
                    }
                }
            }
        }
        // the count's WHERE as it was written in codes: order_status = 0 OR (order_status = 1 AND pay_status <> 2)
        assertThat(holding)
                .hasSize(3 * 4 + 2 * 4)
                .allMatch(state -> state.startsWith("UNCONFIRMED/")
                        || state.startsWith("CONFIRMED/") && !state.startsWith("CONFIRMED/PAID/"));
    }

    @Test
    void onlyAnUnconfirmedOrderIsConfirmed() {
        Order unconfirmed = order(OrderStatus.UNCONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED);
        Order confirmed = unconfirmed.confirmed(Instant.parse("2026-11-22T10:00:00.700Z"), Duration.ofMinutes(10));

        assertThat(confirmed.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.getPayDeadline().toInstant()).isEqualTo(Instant.parse("2026-11-22T10:10:00Z"));
        assertThat(unconfirmed.getOrderStatus()).as("left as it was").isEqualTo(OrderStatus.UNCONFIRMED);
        assertThatIllegalStateException()
                .isThrownBy(() -> confirmed.confirmed(Instant.now(), Duration.ofMinutes(10)))
                .withMessageContaining("CONFIRMED, not unconfirmed");
    }

    private static List<OrderTransition> movesOf(Order order) {
        return List.of(OrderTransition.values()).stream().filter(order::may).toList();
    }

    private static Order order(OrderStatus orderStatus, PayStatus payStatus, ShippingStatus shippingStatus) {
        return Order.builder()
                .orderId(7)
                .orderStatus(orderStatus)
                .payStatus(payStatus)
                .shippingStatus(shippingStatus)
                .payAmount(new BigDecimal("10.00"))
                .build();
    }
}
