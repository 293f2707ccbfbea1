package com.shop.pojo.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A message a consumer group failed on at its last delivery, as its consumer log keeps it: the broker redelivers it
 * for a while, then moves it to the group's dead-letter queue.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class FailedMessage implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String group;
    private String tag;
    /** The broker's id of the message. */
    private String messageId;
    /** The message's key: the order id for every message about an order. */
    private String key;

    /** Deliveries handled so far, the failed ones included. */
    private int times;
    /** The last delivery's error. */
    private String reason;
    /** When the last delivery failed. */
    private Date time;
}
