package com.shop.pojo.event;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A vending machine failed to dispense a paid order's unit, or did not answer in time: the order is refunded, and
 * the cancel fan-out returns the unit.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingDispenseFailed implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private String innerCode;
    private String reason;
}
