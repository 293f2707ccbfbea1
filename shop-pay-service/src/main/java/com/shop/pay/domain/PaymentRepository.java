package com.shop.pay.domain;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Payments of orders. Every change of state is guarded by the state it leaves. */
public interface PaymentRepository {

    Optional<Payment> findPayment(long payId);

    /** The latest payments of any user, newest first. */
    List<Payment> findRecent(int limit);

    /** Every payment of the order made by the user, in id order (the order they were opened in). */
    List<Payment> findUserPaymentsOfOrder(long userId, long orderId);

    /** The order's open payment (paying or paid; a closed one is no longer open). */
    Optional<Payment> findOpenPayment(long orderId);

    /**
     * The payment that paid the order, if any: the one paid while it was the order's open payment, the only one
     * announced as {@code PaymentSucceeded} (at most one per order). A payment paid after its trade was closed never
     * paid the order; it has a refund of its own.
     */
    Optional<Payment> findPaidPayment(long orderId);

    /** Every paid payment of the order: the one that paid it and any paid after its trade was closed. */
    List<Payment> findPaidPayments(long orderId);

    /** @return false when the order already has an open payment (nothing is written) */
    boolean insertOpen(Payment payment);

    /** Stores what the platform answered when the trade was opened. @return false when the payment was not paying */
    boolean attachTrade(long payId, String codeUrl, String prepayId);

    /** PAYING → PAID. @return false when the payment was not paying */
    boolean markPaid(long payId, String transactionId, Date paidAt);

    /**
     * CLOSED → PAID: the payer's money reached a trade we had closed (payment and close crossed at the platform).
     *
     * @return false when the payment was not closed
     */
    boolean markPaidAfterClose(long payId, String transactionId, Date paidAt);

    /**
     * Keeps the platform's error of a failed attempt to pay; the payment stays paying.
     *
     * @return false when the payment was not paying (paid or closed meanwhile: the failure no longer matters)
     */
    boolean recordFailure(long payId, String errCode, String errCodeDes);

    /** PAYING → CLOSED; the order may then open a new payment. @return false when the payment was not paying */
    boolean markClosed(long payId);

    /**
     * Payments still paying that were opened at least {@code age} ago (by the database's clock), with ids above
     * {@code afterPayId}, in id order (ids grow with time, so near enough the order they were opened in).
     */
    List<Payment> findPayingOlderThan(Duration age, long afterPayId, int limit);
}
