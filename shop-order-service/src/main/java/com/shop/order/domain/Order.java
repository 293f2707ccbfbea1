package com.shop.order.domain;

import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** An order: one row of {@code trade_order}. Times are set by the database clock. */
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
    private Date updateTime;

    /** A new order, not yet visible as confirmed: nothing has been spent for it yet. */
    public static Order unconfirmed(long orderId, long userId, long goodsId, Long couponId, OrderFigures figures,
                                    String address, String consignee) {
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
                .build();
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

    /** Confirmed and not paid yet: the payment may still be made, or closed. */
    public boolean awaitsPayment() {
        return orderStatus == OrderStatus.CONFIRMED && !isPaid();
    }

    /** Cancelled, invalid or refunded: nothing will happen to it any more. */
    public boolean isClosed() {
        return orderStatus == OrderStatus.CANCELLED || orderStatus == OrderStatus.INVALID
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
