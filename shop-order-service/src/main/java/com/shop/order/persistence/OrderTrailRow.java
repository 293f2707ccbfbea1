package com.shop.order.persistence;

import java.math.BigDecimal;
import java.util.Date;
import lombok.Data;

/** The order's placing, or one entry of its timeline, as the order's trail reads them. */
@Data
public class OrderTrailRow {

    /** Written by the pre-order, which is not a timeline event. */
    static final String PLACED = "PLACED";

    /** {@link #PLACED} or an {@code OrderTimelineEvent}'s name. */
    private String event;

    private String detail;
    private BigDecimal amount;
    private Date time;
}
