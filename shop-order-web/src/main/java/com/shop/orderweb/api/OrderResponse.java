package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.pay.PayChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** An order of the caller (or, in the back office, of any user). */
public record OrderResponse(
        @Schema(description = "64-bit id, as a string so JavaScript keeps every digit", example = "7312345678901234567")
        String orderId,

        Long userId,

        @Schema(description = "order_status: UNCONFIRMED 0, CONFIRMED 1, CANCELLED 2, INVALID 3, REFUNDED 4")
        OrderStatus orderStatus,

        @Schema(description = "pay_status: UNPAID 0, PAYING 1, PAID 2")
        PayStatus payStatus,

        @Schema(description = "shipping_status: NOT_SHIPPED 0, SHIPPED 1, RETURNED 2, RECEIVED 3")
        ShippingStatus shippingStatus,

        Long goodsId,
        Integer goodsNumber,
        @Schema(type = "number", example = "25.00") BigDecimal goodsPrice,

        @Schema(type = "number", example = "50.00", description = "goodsPrice × goodsNumber")
        BigDecimal goodsAmount,

        @Schema(type = "number", example = "10.00") BigDecimal shippingFee,

        @Schema(type = "number", example = "60.00", description = "goodsAmount + shippingFee")
        BigDecimal orderAmount,

        Long couponId,

        @Schema(type = "number", example = "10.00", description = "paid by the coupon")
        BigDecimal couponPaid,

        @Schema(type = "number", example = "20.00", description = "paid from the balance")
        BigDecimal moneyPaid,

        @Schema(type = "number", example = "30.00", description = "left to pay: orderAmount - couponPaid - moneyPaid")
        BigDecimal payAmount,

        String address,
        String consignee,

        @Schema(description = "why the order was cancelled, when it was")
        String cancelReason,

        Instant addTime,
        Instant confirmTime,
        Instant payTime,

        @Schema(description = "the vending machine that dispenses it; absent for a shipped order", example = "01000028")
        String innerCode,

        @Schema(
                description = "the payment that paid it through the payment platform, as a string (64-bit id); absent "
                        + "until then",
                example = "7312345678901234567")
        String payId,

        @Schema(description = "the payment platform it was paid through; absent until paid there")
        PayChannel channel,

        @Schema(
                description = "the payment platform's id of the trade; absent until paid there",
                example = "4200001234202611220123456789")
        String transactionId) {

    static OrderResponse of(OrderView order) {
        return new OrderResponse(
                ResponseValues.id(order.getOrderId()),
                order.getUserId(),
                order.getOrderStatus(),
                order.getPayStatus(),
                order.getShippingStatus(),
                order.getGoodsId(),
                order.getGoodsNumber(),
                ResponseValues.money(order.getGoodsPrice()),
                ResponseValues.money(order.getGoodsAmount()),
                ResponseValues.money(order.getShippingFee()),
                ResponseValues.money(order.getOrderAmount()),
                order.getCouponId(),
                ResponseValues.money(order.getCouponPaid()),
                ResponseValues.money(order.getMoneyPaid()),
                ResponseValues.money(order.getPayAmount()),
                order.getAddress(),
                order.getConsignee(),
                order.getCancelReason(),
                ResponseValues.instant(order.getAddTime()),
                ResponseValues.instant(order.getConfirmTime()),
                ResponseValues.instant(order.getPayTime()),
                order.getInnerCode(),
                ResponseValues.id(order.getPayId()),
                order.getPayChannel(),
                order.getTransactionId());
    }
}
