package com.shop.common.messaging.consumer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ConsumerLogMapper {

    /** Locks the entry of this message for the rest of the transaction; null when there is none yet. */
    ConsumerLogEntry lockEntry(@Param("groupName") String groupName, @Param("tag") String tag,
                               @Param("messageKey") String messageKey);

    ConsumerLogEntry find(@Param("groupName") String groupName, @Param("tag") String tag,
                          @Param("messageKey") String messageKey);

    /** Inserts a succeeded entry; a duplicate key means another delivery got there first. */
    int insertSucceeded(ConsumerLogEntry entry);

    int markSucceeded(ConsumerLogEntry entry);

    /** Records a failed attempt, never overwriting a success. */
    int recordFailure(ConsumerLogEntry entry);
}
