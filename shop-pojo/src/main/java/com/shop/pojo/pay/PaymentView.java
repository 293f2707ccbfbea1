package com.shop.pojo.pay;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A payment of an order at the payment platform. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class PaymentView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long payId;
    private Long orderId;
    private Long userId;
    private BigDecimal payAmount;
    private PaymentStatus payStatus;
    /** What the payer scans (WeChat Pay NATIVE {@code code_url}). */
    private String codeUrl;
    private Date createTime;
    private Date payTime;
    /** The platform's error of the last failed attempt to pay while it was paying (a FAIL notification), or null. */
    private String errCode;
    private String errCodeDes;
}
