package com.shop.pojo.user;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One movement of a user's balance: an order paid from it, or given back to it. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MoneyLogView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    /** {@code PAID} or {@code REFUNDED}. */
    private String type;
    /** Signed: negative when the balance paid, positive when it was given back. */
    private BigDecimal amount;

    private Date time;
}
