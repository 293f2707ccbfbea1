package com.shop.pay.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Refunds of paid payments, one per order. */
public interface RefundRepository {

    /** The refund of a payment, if any (at most one per payment). */
    Optional<Refund> findByPayment(long payId);

    /** @return false when the payment has a refund already (nothing is written) */
    boolean insertPending(Refund refund);

    Optional<Refund> findById(long refundId);

    /** The latest refunds, newest first. */
    List<Refund> findRecent(int limit);

    /** Records that the platform took the request; stays PENDING. @return false when it was not pending */
    boolean markAccepted(long refundId, String gatewayRefundId);

    /** PENDING → SUCCEEDED. @return false when it was not pending */
    boolean markSucceeded(long refundId, String gatewayRefundId);

    /** PENDING → FAILED, with why. @return false when it was not pending */
    boolean markFailed(long refundId, String failureReason);

    /**
     * Refunds still pending that were recorded at least {@code age} ago (by the database's clock), with ids above
     * {@code afterRefundId}, in id order (ids grow with time, so near enough the order they were recorded in).
     */
    List<Refund> findPendingOlderThan(Duration age, long afterRefundId, int limit);
}
