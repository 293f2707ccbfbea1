package com.shop.pay.gateway;

import com.shop.pay.domain.Fen;
import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundGateway;
import com.shop.pay.domain.RefundNotification;
import com.shop.pay.domain.RefundOutcome;
import com.shop.pay.domain.RefundRefusedException;
import com.shop.pojo.pay.PayChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link RefundGateway} over Alipay's open API: {@code alipay.trade.refund}, whose {@code out_request_no} (the refund's
 * id) makes a repeat refund nothing more, and {@code alipay.trade.fastpay.refund.query}, which tells whether it was
 * made. Alipay needs no client certificate for them and sends no refund notification: the query settles a refund.
 */
public class AlipayRefunds implements RefundGateway {

    /** Refusals that asking again cannot change; anything else (a system error, busy) is asked again. */
    private static final Set<String> FINAL_REFUSALS = Set.of(
            AlipayTradeClient.TRADE_NOT_EXIST,
            "ACQ.TRADE_STATUS_ERROR",
            "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL",
            "ACQ.TRADE_HAS_FINISHED",
            "ACQ.REASON_TRADE_REFUND_FEE_ERR",
            "ACQ.SELLER_BALANCE_NOT_ENOUGH",
            "ACQ.BUYER_ERROR",
            "ACQ.ONLINE_TRADE_VOUCHER_NOT_ALLOW_REFUND",
            "ACQ.DISCORDANT_REPEAT_REQUEST");

    private final AlipayTransport transport;

    public AlipayRefunds(AlipayProperties properties) {
        this(new AlipayTransport(properties));
    }

    AlipayRefunds(AlipayTransport transport) {
        this.transport = transport;
    }

    @Override
    public PayChannel channel() {
        return PayChannel.ALIPAY;
    }

    @Override
    public String requestRefund(Refund refund, Payment paid) {
        Map<String, String> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", Long.toString(paid.getPayId()));
        biz.put("refund_amount", AlipayTransport.yuan(Fen.of(refund.getRefundAmount())));
        biz.put("out_request_no", Long.toString(refund.getRefundId()));
        if (refund.getReason() != null && !refund.getReason().isEmpty()) {
            biz.put("refund_reason", refund.getReason());
        }
        AlipayTransport.Answer answer = transport.call("alipay.trade.refund", biz, Map.of());
        if (!answer.succeeded()) {
            String why = "refund " + refund.getRefundId() + " of payment " + paid.getPayId();
            if (FINAL_REFUSALS.contains(answer.subCode())) {
                throw new RefundRefusedException(answer.refused(why).getMessage());
            }
            throw answer.refused(why);
        }
        return answer.required("trade_no");
    }

    /** A refund the answer does not list ({@code refund_status} absent) was not made: it may be asked for again. */
    @Override
    public RefundOutcome queryRefund(Refund refund, Payment paid) {
        Map<String, String> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", Long.toString(paid.getPayId()));
        biz.put("out_request_no", Long.toString(refund.getRefundId()));
        AlipayTransport.Answer answer = transport.call("alipay.trade.fastpay.refund.query", biz, Map.of());
        if (!answer.succeeded()) {
            if (AlipayTradeClient.TRADE_NOT_EXIST.equals(answer.subCode())) {
                return RefundOutcome.unknown(answer.subCode());
            }
            throw answer.refused("refund query of refund " + refund.getRefundId());
        }
        String status = answer.text("refund_status");
        if (status == null) {
            return RefundOutcome.unknown("not refunded");
        }
        RefundOutcome.State state =
                "REFUND_SUCCESS".equals(status) ? RefundOutcome.State.SUCCEEDED : RefundOutcome.State.PROCESSING;
        return new RefundOutcome(
                state,
                answer.text("trade_no"),
                AlipayTransport.fen(answer.text("refund_amount"), "refund_amount"),
                status);
    }

    @Override
    public RefundNotification readRefundNotification(String body) {
        throw new InvalidNotificationException("Alipay sends no refund notifications");
    }
}
