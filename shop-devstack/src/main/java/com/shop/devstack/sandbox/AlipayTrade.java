package com.shop.devstack.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One face-to-face (precreate) trade at the Alipay sandbox. Every transition runs under the trade's lock, so a
 * payment and a close racing on the same trade end in exactly one of the two. As at Alipay, a trade refunded in full
 * is closed.
 */
final class AlipayTrade implements PayableTrade {

    /** Alipay's {@code trade_status} values a precreate trade passes through. */
    enum Status {
        WAIT_BUYER_PAY,
        TRADE_SUCCESS,
        TRADE_CLOSED
    }

    /** The buyer who pays every trade in the sandbox. */
    static final String SANDBOX_BUYER = "2088102177846880";

    private final long sequence;
    private final String outTradeNo;
    private final String subject;
    private final BigDecimal totalAmount;
    private final String notifyUrl;
    private final String qrCode;
    private final Instant createdAt;

    private Status status = Status.WAIT_BUYER_PAY;
    private String tradeNo;
    private Instant paidAt;
    private final Map<String, BigDecimal> refunds = new LinkedHashMap<>();
    private int notifyAttempts;
    private boolean notified;

    AlipayTrade(
            long sequence,
            String outTradeNo,
            String subject,
            BigDecimal totalAmount,
            String notifyUrl,
            String qrCode,
            Instant now) {
        this.sequence = sequence;
        this.outTradeNo = outTradeNo;
        this.subject = subject;
        this.totalAmount = totalAmount;
        this.notifyUrl = notifyUrl;
        this.qrCode = qrCode;
        this.createdAt = now;
    }

    long sequence() {
        return sequence;
    }

    @Override
    public String outTradeNo() {
        return outTradeNo;
    }

    String qrCode() {
        return qrCode;
    }

    String notifyUrl() {
        return notifyUrl;
    }

    BigDecimal totalAmount() {
        return totalAmount;
    }

    /** Precreating the same open trade again answers it again; any other reuse of its number is refused. */
    synchronized void requireReusableFor(BigDecimal amount) {
        if (status != Status.WAIT_BUYER_PAY) {
            throw new BusinessRefusal("ACQ.TRADE_HAS_SUCCESS", "trade " + outTradeNo + " is " + status);
        }
        if (amount.compareTo(totalAmount) != 0) {
            throw new BusinessRefusal(
                    "ACQ.CONTEXT_INCONSISTENT",
                    "out_trade_no " + outTradeNo + " was precreated for " + totalAmount + ", not " + amount);
        }
    }

    /** The buyer pays; a closed trade only when forced, as when a payment and the merchant's close cross. */
    @Override
    public synchronized PayOutcome pay(boolean force, Instant now) {
        if (tradeNo != null) {
            return PayOutcome.ALREADY_PAID;
        }
        if (status == Status.TRADE_CLOSED && !force) {
            return PayOutcome.REFUSED_CLOSED;
        }
        status = Status.TRADE_SUCCESS;
        tradeNo = AlipayIds.tradeNo(now);
        paidAt = now;
        return PayOutcome.PAID;
    }

    /** Only a trade waiting for its buyer can be closed; anything else is Alipay's {@code ACQ.TRADE_STATUS_ERROR}. */
    synchronized void close() {
        if (status != Status.WAIT_BUYER_PAY) {
            throw new BusinessRefusal("ACQ.TRADE_STATUS_ERROR", "trade " + outTradeNo + " is " + status);
        }
        status = Status.TRADE_CLOSED;
    }

    /**
     * Refunds part or all of a paid trade; the same {@code out_request_no} again refunds nothing more and answers as
     * the first time.
     *
     * @return what the trade has refunded in all
     */
    synchronized BigDecimal refund(String outRequestNo, BigDecimal amount) {
        if (refunds.containsKey(outRequestNo)) {
            return refunded();
        }
        if (tradeNo == null) {
            throw new BusinessRefusal("ACQ.TRADE_STATUS_ERROR", "trade " + outTradeNo + " was not paid");
        }
        BigDecimal left = totalAmount.subtract(refunded());
        if (amount.signum() <= 0 || amount.compareTo(left) > 0) {
            throw new BusinessRefusal(
                    "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
                    "refund_amount " + amount + " is not between 0.01 and the " + left + " left to refund");
        }
        refunds.put(outRequestNo, amount);
        if (refunded().compareTo(totalAmount) == 0) {
            status = Status.TRADE_CLOSED;
        }
        return refunded();
    }

    /** The amount of the refund of this number, or null when there is none. */
    synchronized BigDecimal refundOf(String outRequestNo) {
        return refunds.get(outRequestNo);
    }

    synchronized void recordNotifyAttempt(boolean acknowledged) {
        notifyAttempts++;
        notified |= acknowledged;
    }

    synchronized Status status() {
        return status;
    }

    synchronized String tradeNo() {
        return tradeNo;
    }

    synchronized Instant paidAt() {
        return paidAt;
    }

    synchronized BigDecimal refunded() {
        return refunds.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** As the sandbox's control endpoints show it. */
    @Override
    public synchronized Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outTradeNo", outTradeNo);
        json.put("tradeStatus", status.name());
        json.put("subject", subject);
        json.put("totalAmount", totalAmount.toPlainString());
        json.put("qrCode", qrCode);
        json.put("notifyUrl", notifyUrl);
        json.put("createdAt", createdAt.toString());
        json.put("tradeNo", tradeNo);
        json.put("buyerId", tradeNo == null ? null : SANDBOX_BUYER);
        json.put("paidAt", paidAt == null ? null : paidAt.toString());
        json.put("refundedAmount", refunded().toPlainString());
        Map<String, String> refundJson = new LinkedHashMap<>();
        refunds.forEach((number, amount) -> refundJson.put(number, amount.toPlainString()));
        json.put("refunds", refundJson);
        json.put("notifyAttempts", notifyAttempts);
        json.put("notified", notified);
        return json;
    }
}
