package com.shop.pojo.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One service's messaging as it stood when read: the outbox rows not sent yet and how long the oldest has waited, the
 * rows parked after the broker refused them, the messages a consumer failed on, and the dead letters its reader saw.
 * The counts are of every such row; the lists hold the newest 20 of each, newest first.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MessagingReport implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The service: order, goods, coupon, user, pay. */
    private String service;
    /** When the service read it. */
    private Date readAt;

    /** Outbox rows not sent yet. */
    private long outboxPending;
    /** When the oldest of them was written, by the database's clock; null when none waits. */
    private Date oldestPendingTime;
    /** How long the oldest of them had waited when read, in milliseconds; null when none waits. */
    private Long oldestPendingAgeMillis;
    /** Outbox rows parked: refused too often, never sent again until an operator re-arms them. */
    private long outboxParked;
    /** Messages a consumer group of the service failed on and has not handled since. */
    private long consumerFailed;
    /** Dead letters the service's reader saw since it started; null when it reads none, so nobody knows. */
    private Long deadLettersSeen;

    private List<ParkedMessage> parked;
    private List<FailedMessage> failed;
    /** The latest dead letters its reader saw; empty when it reads none. */
    private List<DeadLetterSeen> deadLetters;
}
