package com.shop.common.messaging.outbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OutboxMapper {

    int insert(OutboxMessage message);

    OutboxMessage findById(@Param("id") String id);

    /** Marks pending rows sent; a row another relay marked already is left as it is. */
    int markSent(@Param("ids") List<String> ids);

    /** Counts a failed attempt and keeps the row away from pollers for {@code backoffMillis}. */
    int recordFailure(@Param("id") String id, @Param("error") String error, @Param("backoffMillis") long backoffMillis);

    /**
     * Leases up to {@code limit} pending rows older than {@code graceMillis} and not leased by anyone else, to
     * {@code owner}, for {@code leaseMillis}.
     */
    int lease(@Param("owner") String owner, @Param("graceMillis") long graceMillis,
              @Param("leaseMillis") long leaseMillis, @Param("limit") int limit);

    List<OutboxMessage> findLeasedBy(@Param("owner") String owner);

    long countPending();
}
