package com.shop.order.domain;

import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.pay.PayChannel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * An order: one row of {@code trade_order}. Its times are the order service's clock, so the sweepers that compare
 * against them use the same one, kept to the whole second: the MySQL driver sends MariaDB (which it takes for MySQL
 * 5.5) no fraction of a second, and an order must read back exactly as it was confirmed.
 */
@Data
@Builder(toBuilder = true)
@NoArgsConstructor
@AllArgsConstructor
public class Order {

    public static final int MIN_GOODS_NUMBER = 1;
    public static final int MAX_GOODS_NUMBER = 999;
    /** Column sizes, in characters. */
    public static final int MAX_ADDRESS_LENGTH = 255;

    public static final int MAX_CONSIGNEE_LENGTH = 64;
    public static final int MAX_CANCEL_REASON_LENGTH = 255;

    private long orderId;
    private long userId;
    private OrderStatus orderStatus;
    private PayStatus payStatus;
    private ShippingStatus shippingStatus;
    private String address;
    private String consignee;
    private long goodsId;
    /** The vending machine that dispenses the order; null for an ordinary (shipped) order. */
    private String innerCode;

    private int goodsNumber;
    private BigDecimal goodsPrice;
    private BigDecimal goodsAmount;
    private BigDecimal shippingFee;
    private BigDecimal orderAmount;
    private Long couponId;
    private BigDecimal couponPaid;
    private BigDecimal moneyPaid;
    private BigDecimal payAmount;
    private String cancelReason;
    private Date addTime;
    private Date confirmTime;
    private Date payTime;
    /** The payment that paid the order through the platform, as its PaymentSucceeded told; null otherwise. */
    private Long payId;

    private PayChannel payChannel;
    private String transactionId;
    /** When the order is closed unless paid; null once paid or closed, and for an order paid on confirmation. */
    private Date payDeadline;
    /** When its shopper first asked to cancel it with a refund; from then on it is never shipped. */
    private Date refundAskedTime;

    private Date updateTime;

    /** A new order, not yet visible as confirmed: nothing has been spent for it yet. */
    public static Order unconfirmed(
            long orderId,
            long userId,
            long goodsId,
            Long couponId,
            OrderFigures figures,
            String address,
            String consignee,
            Instant addedAt) {
        return Order.builder()
                .orderId(orderId)
                .userId(userId)
                .orderStatus(OrderStatus.UNCONFIRMED)
                .payStatus(PayStatus.UNPAID)
                .shippingStatus(ShippingStatus.NOT_SHIPPED)
                .address(address)
                .consignee(consignee)
                .goodsId(goodsId)
                .goodsNumber(figures.goodsNumber())
                .goodsPrice(figures.goodsPrice())
                .goodsAmount(figures.goodsAmount())
                .shippingFee(figures.shippingFee())
                .orderAmount(figures.orderAmount())
                .couponId(couponId)
                .couponPaid(figures.couponPaid())
                .moneyPaid(figures.moneyPaid())
                .payAmount(figures.payAmount())
                .addTime(toTheSecond(addedAt))
                .build();
    }

    /**
     * {@code UNCONFIRMED → CONFIRMED}: every remote step took what the order spends. An order with nothing left to pay
     * is paid as it is confirmed; any other falls due {@code timeToPay} later.
     *
     * @return the confirmed order; this one is left as it is
     */
    public Order confirmed(Instant at, Duration timeToPay) {
        if (!may(OrderTransition.CONFIRM)) {
            throw new IllegalStateException("order " + orderId + " is " + orderStatus + ", not unconfirmed");
        }
        Date now = toTheSecond(at);
        OrderBuilder confirmed = toBuilder()
                .orderStatus(OrderTransition.CONFIRM.getOrderStatusAfter())
                .confirmTime(now);
        if (isPaidOnConfirmation()) {
            return confirmed
                    .payStatus(PayStatus.PAID)
                    .payTime(now)
                    .payDeadline(null)
                    .build();
        }
        return confirmed.payDeadline(toTheSecond(at.plus(timeToPay))).build();
    }

    private static Date toTheSecond(Instant time) {
        return Date.from(time.truncatedTo(ChronoUnit.SECONDS));
    }

    public boolean isVending() {
        return innerCode != null;
    }

    public boolean usesCoupon() {
        return couponId != null;
    }

    public boolean usesBalance() {
        return moneyPaid != null && moneyPaid.signum() > 0;
    }

    /** When coupon and balance cover the whole amount nothing is left to pay: the order is paid as it is confirmed. */
    public boolean isPaidOnConfirmation() {
        return payAmount.signum() == 0;
    }

    public boolean isPaid() {
        return payStatus == PayStatus.PAID;
    }

    public boolean isShipped() {
        return shippingStatus != ShippingStatus.NOT_SHIPPED;
    }

    public boolean isRefundAsked() {
        return refundAskedTime != null;
    }

    /**
     * Whether the order, as this copy of it knows it, may take the move. The stored order decides: the repository
     * moves it only from the states the transition leaves from, whatever a copy read earlier said.
     */
    public boolean may(OrderTransition transition) {
        return transition.leavesFrom(this);
    }

    /**
     * Counted against its user's limit of unpaid orders: it may still be confirmed or paid. Unconfirmed orders count,
     * so that concurrent confirmations of one user cannot pass the limit together.
     */
    public boolean holdsUnpaid() {
        return may(OrderTransition.CONFIRM) || may(OrderTransition.MARK_PAID);
    }

    /** Confirmed and not paid yet: the payment may still be made, or closed. */
    public boolean awaitsPayment() {
        return may(OrderTransition.MARK_PAID);
    }

    /**
     * Neither shipped nor closed: a dispense that finds it not yet paid came before the payment reached it, and ships
     * it once the payment has.
     */
    public boolean mayStillBeShipped() {
        return !isClosed() && !isShipped();
    }

    /** Cancelled, invalid or refunded: nothing will happen to it any more. */
    public boolean isClosed() {
        return orderStatus == OrderStatus.CANCELLED
                || orderStatus == OrderStatus.INVALID
                || orderStatus == OrderStatus.REFUNDED;
    }

    /** The reason as the order can store it. */
    public static String storableCancelReason(String reason) {
        String text = reason == null || reason.isBlank() ? "cancelled" : reason.strip();
        if (text.codePointCount(0, text.length()) <= MAX_CANCEL_REASON_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CANCEL_REASON_LENGTH - 1)) + "…";
    }
}
