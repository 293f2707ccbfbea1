package com.shop.common.messaging.outbox;

import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A row of {@code trade_mq_producer_temp}: a message committed with a state change, waiting to be relayed. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OutboxMessage {

    public static final int PENDING = 0;
    public static final int SENT = 1;
    /** Refused too often: never tried again until re-armed ({@link OutboxMapper#rearm}). */
    public static final int PARKED = 2;

    private String id;
    private String groupName;
    private String topic;
    private String tag;
    private String messageKey;
    private String body;
    /** When set, the broker holds the message until then (a RocketMQ timer message). */
    private Date deliverAt;
    /** The trace the row was written in (its W3C headers as JSON), carried on the message; null outside a trace. */
    private String traceContext;

    private int status;
    private int attempts;
    private String lastError;
    private Date createTime;
    private Date sentTime;
}
