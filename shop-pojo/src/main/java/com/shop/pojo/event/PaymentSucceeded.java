package com.shop.pojo.event;

import com.shop.pojo.pay.PayChannel;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** The payment platform confirmed that an order's payment was made: the amount is the one stored for it. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class PaymentSucceeded implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long payId;
    private Long orderId;
    private Long userId;
    private BigDecimal payAmount;
    /** The platform's id of the trade. */
    private String transactionId;
    /** The platform paid through; null in events written before it was sent, all of which were WeChat's. */
    private PayChannel channel;

    private Date paidAt;
}
