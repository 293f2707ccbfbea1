package com.shop.pojo.event;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A vending machine dispensed a paid order's unit: the order is shipped. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingDispensed implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private String innerCode;
    private String channelCode;
    private Date dispensedAt;
}
