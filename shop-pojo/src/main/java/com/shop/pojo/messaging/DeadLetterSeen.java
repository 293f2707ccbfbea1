package com.shop.pojo.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A message that failed every delivery to a consumer group of the service, as the service's dead-letter reader saw it
 * in the group's dead-letter queue: replayed to the group by its message id once the cause is fixed.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class DeadLetterSeen implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String group;
    private String topic;
    private String tags;
    private String keys;
    /** Its id as the producer gave it, the same in every delivery: what a replay names. */
    private String messageId;
    /** The broker's id of the message as first stored. */
    private String originMessageId;

    /** How often the group was given it. */
    private int deliveries;
    /** The last error the group's consumer log recorded for it, or "unknown". */
    private String reason;
    /** When it entered the dead-letter queue. */
    private Date storedAt;
}
