package com.shop.devstack.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trade at the platform. Every transition runs under the trade's lock, so a payment and a close racing on the
 * same trade end in exactly one of the two.
 */
final class Trade implements PayableTrade {

    /** The openid of whoever pays a NATIVE trade by scanning its code in the sandbox. */
    static final String SANDBOX_PAYER = "oSandboxPayer000000000000000";

    private final long sequence;
    private final OrderTerms terms;
    private final String prepayId;
    private final String codeUrl;
    private final Instant createdAt;

    private TradeState state = TradeState.NOTPAY;
    private String transactionId;
    private Instant paidAt;
    private String openid;
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private RefundState refundOutcome = RefundState.SUCCESS;
    private int notifyAttempts;
    private boolean notified;

    Trade(long sequence, OrderTerms terms, Instant now) {
        this.sequence = sequence;
        this.terms = terms;
        this.prepayId = RandomIds.prepayId(now);
        this.codeUrl = UnifiedOrderOperation.NATIVE.equals(terms.tradeType()) ? RandomIds.codeUrl() : null;
        this.createdAt = now;
    }

    @Override
    public String outTradeNo() {
        return terms.outTradeNo();
    }

    /** The QR code's URL of a NATIVE trade; null for JSAPI. */
    String codeUrl() {
        return codeUrl;
    }

    /** Refuses a unified order that reuses this trade's number for anything but the same open trade. */
    synchronized void requireReusableFor(long totalFee) {
        switch (state) {
            case NOTPAY -> {
                if (totalFee != terms.totalFee()) {
                    throw new BusinessRefusal(
                            "OUT_TRADE_NO_USED",
                            "out_trade_no " + outTradeNo() + " was ordered with total_fee " + terms.totalFee()
                                    + ", not " + totalFee);
                }
            }
            case SUCCESS, REFUND -> throw new BusinessRefusal("ORDERPAID", "trade " + outTradeNo() + " is paid");
            case CLOSED -> throw new BusinessRefusal("ORDERCLOSED", "trade " + outTradeNo() + " is closed");
        }
    }

    /**
     * The payer pays. A closed trade takes the money only when forced, which is what happens when a payment and the
     * merchant's close cross at the platform.
     */
    @Override
    public synchronized PayOutcome pay(boolean force, Instant now) {
        if (state.isPaid()) {
            return PayOutcome.ALREADY_PAID;
        }
        if (state == TradeState.CLOSED && !force) {
            return PayOutcome.REFUSED_CLOSED;
        }
        state = TradeState.SUCCESS;
        transactionId = RandomIds.transactionId(now);
        paidAt = now;
        openid = terms.openid() != null ? terms.openid() : SANDBOX_PAYER;
        return PayOutcome.PAID;
    }

    synchronized void close() {
        switch (state) {
            case NOTPAY -> state = TradeState.CLOSED;
            case CLOSED -> throw new BusinessRefusal("ORDERCLOSED", "trade " + outTradeNo() + " is already closed");
            case SUCCESS, REFUND -> throw new BusinessRefusal("ORDERPAID", "trade " + outTradeNo() + " is paid");
        }
    }

    /**
     * Refunds part or all of a paid trade; it ends as {@link #settleRefundsAs} says (succeeded by default). The same
     * {@code out_refund_no} again returns the refund made the first time, so a merchant retrying after a timeout
     * never refunds twice.
     */
    synchronized Refund refund(String outRefundNo, long totalFee, long refundFee, String notifyUrl, Instant now) {
        Refund earlier = refunds.get(outRefundNo);
        if (earlier != null) {
            return earlier;
        }
        if (!state.isPaid()) {
            throw new BusinessRefusal("TRADE_STATE_ERROR", "trade " + outTradeNo() + " is " + state + ", not paid");
        }
        if (totalFee != terms.totalFee()) {
            throw new BusinessRefusal(
                    "INVALID_REQUEST", "total_fee " + totalFee + " is not the trade's " + terms.totalFee());
        }
        long refundable = terms.totalFee() - refundedFee();
        if (refundFee <= 0 || refundFee > refundable) {
            throw new BusinessRefusal(
                    "NOTENOUGH",
                    "refund_fee " + refundFee + " is not between 1 and the " + refundable + " fen left to refund");
        }
        Refund refund = new Refund(outRefundNo, RandomIds.refundId(now), refundFee, refundOutcome, now, notifyUrl);
        refunds.put(outRefundNo, refund);
        if (refund.refunded()) {
            state = TradeState.REFUND;
        }
        return refund;
    }

    /** How the trade's next refunds end: as when the payer's account refuses the money, or the platform closes it. */
    synchronized void settleRefundsAs(RefundState outcome) {
        refundOutcome = outcome;
    }

    synchronized void recordNotifyAttempt(boolean acknowledged) {
        notifyAttempts++;
        notified |= acknowledged;
    }

    synchronized TradeSnapshot snapshot() {
        return new TradeSnapshot(
                sequence,
                terms.outTradeNo(),
                terms.body(),
                terms.totalFee(),
                terms.tradeType(),
                terms.notifyUrl(),
                terms.signType(),
                prepayId,
                codeUrl,
                createdAt,
                state,
                transactionId,
                paidAt,
                openid,
                List.copyOf(refunds.values()),
                notifyAttempts,
                notified);
    }

    private long refundedFee() {
        return refunds.values().stream()
                .filter(Refund::refunded)
                .mapToLong(Refund::refundFee)
                .sum();
    }

    @Override
    public Map<String, Object> json() {
        return TradeJson.of(snapshot());
    }
}
