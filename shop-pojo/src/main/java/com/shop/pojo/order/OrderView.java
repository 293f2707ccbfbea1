package com.shop.pojo.order;

import com.shop.pojo.pay.PayChannel;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** An order as callers see it. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private Long userId;
    private OrderStatus orderStatus;
    private PayStatus payStatus;
    private ShippingStatus shippingStatus;
    private Long goodsId;
    private Integer goodsNumber;
    private BigDecimal goodsPrice;
    private BigDecimal goodsAmount;
    private BigDecimal shippingFee;
    private BigDecimal orderAmount;
    private Long couponId;
    private BigDecimal couponPaid;
    private BigDecimal moneyPaid;
    private BigDecimal payAmount;
    private String address;
    private String consignee;
    private String cancelReason;
    private Date addTime;
    private Date confirmTime;
    private Date payTime;
    /** The payment that paid the order, its platform and the platform's id of the trade; null until it is paid so. */
    private Long payId;

    private PayChannel payChannel;
    private String transactionId;
    /** The vending machine that dispenses a vending order; null for an ordinary (shipped) order. */
    private String innerCode;
}
