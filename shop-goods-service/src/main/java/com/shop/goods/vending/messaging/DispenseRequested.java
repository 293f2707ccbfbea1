package com.shop.goods.vending.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A paid vending order is to be dispensed. The goods service writes it to its outbox with the order's move to
 * dispensing and sends the command to the machine (over MQTT) when it receives it back, so a crash between the
 * payment and the command loses nothing.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class DispenseRequested implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Its tag on {@code shop-goods}; the goods service is its only producer and consumer. */
    public static final String TAG = "DispenseRequested";

    private Long orderId;
    private String innerCode;
    private String channelCode;
    private Long goodsId;
    private Date requestedAt;
    /** How long the machine has to answer before the dispense counts as failed. */
    private Integer timeoutSeconds;
}
