package com.shop.pay.application;

import com.shop.pay.domain.Fen;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundOutcome;
import com.shop.pay.domain.RefundRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * How a refund ends, as the platform reports it: each a guarded update from pending, so a notification and a query
 * racing settle it once. A failed refund is parked for an operator: logged at ERROR with its reason, kept in the
 * database as FAILED with that reason, never asked again.
 */
@Slf4j
@Service
public class RefundOutcomes {

    private final RefundRepository refunds;

    public RefundOutcomes(RefundRepository refunds) {
        this.refunds = refunds;
    }

    /** Applies what the platform said of the refund ({@code source}: where it said so). */
    void apply(Refund refund, RefundOutcome outcome, String source) {
        switch (outcome.state()) {
            case SUCCEEDED -> succeeded(refund, outcome, source);
            case FAILED -> failed(refund, "the platform reports " + outcome.detail() + " (" + source + ")");
            case PROCESSING -> acceptedMeanwhile(refund, outcome);
            case UNKNOWN -> log.warn("Refund {} is unknown to the platform ({})", refund.getRefundId(), source);
        }
    }

    void failed(Refund refund, String reason) {
        if (refunds.markFailed(refund.getRefundId(), reason)) {
            log.error(
                    "Refund {} of payment {} (order {}, {}) FAILED and needs an operator: {}",
                    refund.getRefundId(),
                    refund.getPayId(),
                    refund.getOrderId(),
                    refund.getRefundAmount(),
                    reason);
        }
    }

    private void succeeded(Refund refund, RefundOutcome outcome, String source) {
        if (outcome.refundFee() != Fen.of(refund.getRefundAmount())) {
            failed(
                    refund,
                    "the platform refunded " + outcome.refundFee() + " fen, not the " + Fen.of(refund.getRefundAmount())
                            + " asked (" + source + ")");
            return;
        }
        if (refunds.markSucceeded(refund.getRefundId(), outcome.gatewayRefundId())) {
            log.info(
                    "Refund {} of payment {} (order {}, {}) succeeded ({})",
                    refund.getRefundId(),
                    refund.getPayId(),
                    refund.getOrderId(),
                    refund.getRefundAmount(),
                    source);
        }
    }

    private void acceptedMeanwhile(Refund refund, RefundOutcome outcome) {
        if (!refund.isAccepted() && outcome.gatewayRefundId() != null) {
            refunds.markAccepted(refund.getRefundId(), outcome.gatewayRefundId());
        }
    }
}
