package com.shop.pay.domain;

import com.shop.pojo.pay.PaymentStatus;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A payment of an order: {@code payAmount} is the order's pay amount as stored, never a client's figure. */
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
    private String codeUrl;
    private String prepayId;
    private String transactionId;
    private Date createTime;
    private Date payTime;
}
