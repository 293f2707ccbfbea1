package com.shop.user.domain;

import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One row of the money log as its user reads it: the signed amount, and when it was written. */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class MoneyMovement {

    private long orderId;
    private MoneyLogType type;
    private BigDecimal amount;
    private Date time;
}
