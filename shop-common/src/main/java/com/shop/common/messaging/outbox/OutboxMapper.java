package com.shop.common.messaging.outbox;

import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OutboxMapper {

    /**
     * Inserts a pending row already claimed by {@code owner} for {@code leaseMillis}: the after-commit relay that
     * sends it right after the commit holds it from the start, so that send needs no claim (and no commit) of its own.
     */
    int insert(
            @Param("message") OutboxMessage message,
            @Param("owner") String owner,
            @Param("leaseMillis") long leaseMillis);

    OutboxMessage findById(@Param("id") String id);

    /** The rows of one order's messages: keyed {@code key}, or {@code key:<suffix>} (one of several timers). */
    List<OutboxMessage> findByOrderKey(@Param("key") String key);

    /** Marks pending rows sent; a row another relay marked already is left as it is. */
    int markSent(@Param("ids") List<String> ids);

    /**
     * Claims a pending row for {@code owner} for {@code leaseMillis}, just before sending it: only when nobody else
     * holds it (an owner may renew its own lease).
     *
     * @return 1 when the row is the owner's to send, 0 when it was sent or someone else holds it
     */
    int claim(@Param("id") String id, @Param("owner") String owner, @Param("leaseMillis") long leaseMillis);

    /**
     * Gives up {@code owner}'s claim on a pending row, so the poller sends it after its grace rather than after the
     * lease.
     */
    int release(@Param("id") String id, @Param("owner") String owner);

    /**
     * Counts a failed attempt of {@code owner}'s and keeps the row away from relays and pollers for
     * {@code backoffMillis}; a row someone else took meanwhile is left to them. A refused attempt (the message's own
     * failure, not the broker's) that brings the attempts to {@code maxAttempts} parks the row with its error.
     */
    int recordFailure(
            @Param("id") String id,
            @Param("owner") String owner,
            @Param("error") String error,
            @Param("backoffMillis") long backoffMillis,
            @Param("refused") boolean refused,
            @Param("maxAttempts") int maxAttempts);

    /**
     * Makes a parked row pending again, its attempts counted from zero, for the next poller round: once whatever made
     * the broker refuse it is fixed.
     *
     * @return 1 when the row was parked and is pending now
     */
    int rearm(@Param("id") String id);

    /**
     * Leases up to {@code limit} pending rows older than {@code graceMillis} and not leased by anyone else, to
     * {@code owner}, for {@code leaseMillis}.
     */
    int lease(
            @Param("owner") String owner,
            @Param("graceMillis") long graceMillis,
            @Param("leaseMillis") long leaseMillis,
            @Param("limit") int limit);

    List<OutboxMessage> findLeasedBy(@Param("owner") String owner);

    long countPending();

    long countParked();

    /** When the oldest pending row was written; null when none is pending. */
    Date findOldestPendingTime();

    /** The {@code limit} parked rows written last, newest first, without their bodies. */
    List<OutboxMessage> findParked(@Param("limit") int limit);

    /**
     * Deletes up to {@code limit} rows sent more than {@code ageMillis} ago.
     *
     * @return how many it deleted
     */
    int deleteSentBefore(@Param("ageMillis") long ageMillis, @Param("limit") int limit);
}
