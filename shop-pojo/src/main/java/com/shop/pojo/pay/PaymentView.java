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
@Builder(toBuilder = true)
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
    /** The platform paid through. */
    private PayChannel channel;
    /** How the WeChat Pay trade is paid; null for another platform. */
    private TradeType tradeType;
    /** What the payer scans (WeChat Pay NATIVE {@code code_url}); null for a JSAPI trade. */
    private String codeUrl;
    /** What the payer's page inside WeChat pays a JSAPI trade with; only when the payment is opened. */
    private JsapiPayParameters jsapi;

    private Date createTime;
    private Date payTime;
    /** The platform's error of the last failed attempt to pay while it was paying (a FAIL notification), or null. */
    private String errCode;

    private String errCodeDes;
}
