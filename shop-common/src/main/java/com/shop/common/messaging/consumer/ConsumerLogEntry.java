package com.shop.common.messaging.consumer;

import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A row of {@code trade_mq_consumer_log}: what a consumer group did with the message of one key. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class ConsumerLogEntry {

    /** Status 0 (processing) is the table's default; the consumer writes a row as succeeded or failed. */
    public static final int SUCCEEDED = 1;

    public static final int FAILED = 2;

    private String groupName;
    private String tag;
    private String messageKey;
    private String messageId;
    private String body;
    private int status;
    private int times;
    private Date timestamp;
    private String remark;
}
