package com.shop.common.messaging.consumer;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ConsumerLogMapper {

    /**
     * Claims the entry of this message for the rest of the transaction: inserts it as succeeded (the effect commits
     * with it, or neither does), or takes the row lock of the existing one. A second delivery of the same message
     * waits here until the first commits.
     *
     * @return 1 when the entry was inserted, 2 when the message had been seen before
     */
    int claim(ConsumerLogEntry entry);

    /** The entry, read after {@link #claim}. */
    ConsumerLogEntry lockEntry(
            @Param("groupName") String groupName, @Param("tag") String tag, @Param("messageKey") String messageKey);

    ConsumerLogEntry find(
            @Param("groupName") String groupName, @Param("tag") String tag, @Param("messageKey") String messageKey);

    int markSucceeded(ConsumerLogEntry entry);

    /** The entries of one order's messages: keyed {@code key}, or {@code key:<suffix>} (one of several timers). */
    List<ConsumerLogEntry> findByOrderKey(@Param("key") String key);

    /** Records a failed attempt, never overwriting a success. */
    int recordFailure(ConsumerLogEntry entry);

    /**
     * Deletes up to {@code limit} entries of messages handled more than {@code ageMillis} ago; failed ones stay.
     *
     * @return how many it deleted
     */
    int deleteSucceededBefore(@Param("ageMillis") long ageMillis, @Param("limit") int limit);

    long countFailed();

    /** The {@code limit} entries of messages a group failed on that failed last, newest first, without their bodies. */
    List<ConsumerLogEntry> findFailed(@Param("limit") int limit);
}
