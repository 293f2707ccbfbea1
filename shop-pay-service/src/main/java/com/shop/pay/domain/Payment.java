package com.shop.pay.domain;

import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.TradeType;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A payment of an order: {@code payAmount} is the order's pay amount as stored, never a client's figure. Its id is
 * the {@code out_trade_no} of its trade at the payment platform.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Payment {

    private long payId;
    private long orderId;
    private long userId;
    private BigDecimal payAmount;
    private PaymentStatus payStatus;
    /** The platform its trade is at. */
    private PayChannel channel;
    /**
     * How its trade is paid: NATIVE (the payer scans {@code codeUrl}: WeChat Pay's QR code, or Alipay's) or JSAPI
     * (inside WeChat, by {@code prepayId}).
     */
    private TradeType tradeType;
    /** The JSAPI payer's openid under our app id; null for NATIVE. */
    private String openId;

    private String codeUrl;
    private String prepayId;
    private String transactionId;
    private Date createTime;
    private Date payTime;
    private Date closeTime;
    /** The platform's error of its last failure notification while the payment was paying; null when none came. */
    private String errCode;

    private String errCodeDes;
    private Date failTime;

    /** A NATIVE (QR code) payment at WeChat Pay. */
    public static Payment opening(long payId, long orderId, long userId, BigDecimal payAmount) {
        return opening(payId, orderId, userId, payAmount, PaymentMethod.wechatNative());
    }

    /** @param method checked: {@link PaymentMethods#checked} */
    public static Payment opening(long payId, long orderId, long userId, BigDecimal payAmount, PaymentMethod method) {
        return Payment.builder()
                .payId(payId)
                .orderId(orderId)
                .userId(userId)
                .payAmount(payAmount)
                .payStatus(PaymentStatus.PAYING)
                .channel(method.getChannel())
                .tradeType(method.getTradeType())
                .openId(method.getOpenId())
                .build();
    }

    /** How it is paid, as asked when it was opened. */
    public PaymentMethod method() {
        return PaymentMethod.builder()
                .channel(channel())
                .tradeType(tradeType)
                .openId(openId)
                .build();
    }

    /** The platform; WeChat Pay for a payment read before it was set. */
    public PayChannel channel() {
        return channel == null ? PayChannel.WECHAT : channel;
    }

    public boolean isJsapi() {
        return tradeType == TradeType.JSAPI;
    }

    public boolean isPaying() {
        return payStatus == PaymentStatus.PAYING;
    }

    public boolean isPaid() {
        return payStatus == PaymentStatus.PAID;
    }

    public boolean isClosed() {
        return payStatus == PaymentStatus.CLOSED;
    }

    /** True once the platform has a trade for it that a payer can pay: a code to scan, or a prepay id. */
    public boolean hasTrade() {
        return codeUrl != null || prepayId != null;
    }

    /** The amount in fen, the platform's unit. */
    public long payAmountFen() {
        return Fen.of(payAmount);
    }
}
