package com.shop.pay.domain;

import com.shop.pojo.pay.PaymentStatus;
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
    private String tradeType;
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

    public static Payment opening(long payId, long orderId, long userId, BigDecimal payAmount) {
        return Payment.builder()
                .payId(payId)
                .orderId(orderId)
                .userId(userId)
                .payAmount(payAmount)
                .payStatus(PaymentStatus.PAYING)
                .build();
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

    /** True once the platform has a trade for it that a payer can scan. */
    public boolean hasTrade() {
        return codeUrl != null;
    }

    /** The amount in fen, the platform's unit. */
    public long payAmountFen() {
        return Fen.of(payAmount);
    }
}
