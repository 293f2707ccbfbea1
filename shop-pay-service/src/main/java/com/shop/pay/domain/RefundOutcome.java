package com.shop.pay.domain;

/**
 * How the platform says a refund stands.
 *
 * @param gatewayRefundId the platform's id of the refund; null when it has none
 * @param refundFee       what it refunds, in fen; 0 when unknown
 * @param detail          the platform's own word for it, for the logs and an operator
 */
public record RefundOutcome(State state, String gatewayRefundId, long refundFee, String detail) {

    public enum State {
        /** The platform never took the refund: it may be asked for (again). */
        UNKNOWN,
        /** Accepted, not made yet. */
        PROCESSING,
        /** The money reached the payer. */
        SUCCEEDED,
        /** The platform will not make it: closed, or refused by the payer's account. */
        FAILED
    }

    public static RefundOutcome unknown(String detail) {
        return new RefundOutcome(State.UNKNOWN, null, 0, detail);
    }
}
