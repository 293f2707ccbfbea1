package com.shop.goods.vending.messaging;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * The time a machine had to answer a dispense command is up: a timer message the goods service sends itself; a
 * dispense still unanswered then has failed.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class DispenseDue implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Its tag on {@code shop-goods}; the goods service is its only producer and consumer. */
    public static final String TAG = "DispenseDue";

    private Long orderId;
    private String innerCode;
}
