package com.shop.pay.gateway;

import static com.shop.pay.gateway.WechatPayTransport.fen;
import static com.shop.pay.gateway.WechatPayTransport.required;

import com.shop.pay.domain.Fen;
import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundGateway;
import com.shop.pay.domain.RefundNotification;
import com.shop.pay.domain.RefundOutcome;
import com.shop.pay.domain.RefundOutcome.State;
import com.shop.pay.domain.RefundRefusedException;
import com.shop.pojo.pay.PayChannel;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * {@link RefundGateway} over the WeChat Pay v2 API: {@code /secapi/pay/refund} over mutual TLS with the merchant's
 * certificate (an HTTP client of its own; no other call presents it), {@code /pay/refundquery}, and the refund
 * notification, whose {@code req_info} is decrypted with the merchant key.
 */
public class WechatPayRefunds implements RefundGateway {

    static final String SUCCESS = "SUCCESS";
    /** Refusals that asking again cannot change; anything else (busy, system error, frequency limit) is retried. */
    private static final Set<String> FINAL_REFUSALS = Set.of(
            "NOTENOUGH",
            "USER_ACCOUNT_ABNORMAL",
            "INVALID_REQUEST",
            "ORDERNOTEXIST",
            "INVALID_TRANSACTIONID",
            "TRADE_OVERDUE",
            "PARAM_ERROR",
            "REFUND_FEE_INVALID");

    private final WechatPayProperties properties;
    private final WechatRefundProperties refund;
    private final WechatPayTransport transport;
    private final RefundNotificationCipher cipher;
    private final HttpClient plain;
    private final HttpClient mutualTls;

    /** @param merchantTls the TLS presenting the merchant's certificate; null when none is configured */
    public WechatPayRefunds(WechatPayProperties properties, WechatRefundProperties refund, SSLContext merchantTls) {
        this.properties = properties;
        this.refund = refund;
        this.transport = new WechatPayTransport(properties);
        this.cipher = new RefundNotificationCipher(properties.getKey());
        this.plain = HttpClient.newBuilder()
                .connectTimeout(properties.getConnectTimeout())
                .build();
        this.mutualTls = merchantTls == null
                ? null
                : HttpClient.newBuilder()
                        .sslContext(merchantTls)
                        .connectTimeout(properties.getConnectTimeout())
                        .build();
    }

    @Override
    public PayChannel channel() {
        return PayChannel.WECHAT;
    }

    @Override
    public String requestRefund(Refund refund, Payment paid) {
        if (mutualTls == null) {
            throw new PaymentGatewayException("no merchant certificate is configured (SHOP_WXPAY_CERT_PATH):"
                    + " the platform takes refunds only over mutual TLS");
        }
        Map<String, String> request = new LinkedHashMap<>();
        request.put("out_trade_no", Long.toString(paid.getPayId()));
        request.put("out_refund_no", Long.toString(refund.getRefundId()));
        request.put("total_fee", Long.toString(paid.payAmountFen()));
        request.put("refund_fee", Long.toString(Fen.of(refund.getRefundAmount())));
        if (refund.getReason() != null && !refund.getReason().isEmpty()) {
            request.put("refund_desc", refund.getReason());
        }
        request.put("notify_url", this.refund.getNotifyUrl());
        Map<String, String> answer =
                transport.call(mutualTls, this.refund.getSecapiBaseUrl(), "/secapi/pay/refund", request);
        if (!SUCCESS.equals(answer.get("result_code"))) {
            String why = "refund " + refund.getRefundId() + " of payment " + paid.getPayId() + " refused: "
                    + answer.get("err_code") + " " + answer.get("err_code_des");
            throw FINAL_REFUSALS.contains(answer.get("err_code"))
                    ? new RefundRefusedException(why)
                    : new PaymentGatewayException(why);
        }
        return required(answer, "refund_id");
    }

    @Override
    public RefundOutcome queryRefund(Refund refund, Payment paid) {
        Map<String, String> answer = transport.call(
                plain,
                properties.getBaseUrl(),
                "/pay/refundquery",
                Map.of("out_refund_no", Long.toString(refund.getRefundId())));
        if (!SUCCESS.equals(answer.get("result_code"))) {
            if ("REFUNDNOTEXIST".equals(answer.get("err_code"))) {
                return RefundOutcome.unknown("REFUNDNOTEXIST");
            }
            throw new PaymentGatewayException("refund query of refund " + refund.getRefundId() + " refused: "
                    + answer.get("err_code") + " " + answer.get("err_code_des"));
        }
        int index = indexOf(answer, Long.toString(refund.getRefundId()));
        String status = answer.getOrDefault("refund_status_" + index, "");
        return new RefundOutcome(
                stateOf(status), answer.get("refund_id_" + index), fen(answer, "refund_fee_" + index), status);
    }

    @Override
    public RefundNotification readRefundNotification(String body) {
        if (body == null || body.getBytes(StandardCharsets.UTF_8).length > properties.getMaxNotificationBytes()) {
            throw new InvalidNotificationException(
                    "empty, or larger than " + properties.getMaxNotificationBytes() + " bytes");
        }
        try {
            Map<String, String> fields = WechatPayXml.parse(body);
            if (!SUCCESS.equals(fields.get("return_code"))) {
                throw new InvalidNotificationException("return_code " + fields.get("return_code"));
            }
            if (!transport.ourMerchant(fields)) {
                throw new InvalidNotificationException(
                        "appid " + fields.get("appid") + " / mch_id " + fields.get("mch_id") + " are not ours");
            }
            Map<String, String> details = WechatPayXml.parse(cipher.decrypt(required(fields, "req_info")), "root");
            String status = details.getOrDefault("refund_status", "");
            return new RefundNotification(
                    Long.parseLong(required(details, "out_refund_no")),
                    Long.parseLong(required(details, "out_trade_no")),
                    details.get("refund_id"),
                    fen(details, "total_fee"),
                    fen(details, "refund_fee"),
                    stateOf(status),
                    status);
        } catch (IllegalArgumentException | PaymentGatewayException e) {
            throw new InvalidNotificationException(e.getMessage(), e);
        }
    }

    /** CHANGE: the payer's account refused the money; REFUNDCLOSE: the platform closed it. Both are final. */
    private static State stateOf(String status) {
        return switch (status) {
            case SUCCESS -> State.SUCCEEDED;
            case "CHANGE", "REFUNDCLOSE" -> State.FAILED;
            default -> State.PROCESSING;
        };
    }

    /** The {@code _$n} suffix of our refund among the answer's; 0 when it lists only one. */
    private static int indexOf(Map<String, String> answer, String outRefundNo) {
        for (int i = 0; answer.containsKey("out_refund_no_" + i); i++) {
            if (outRefundNo.equals(answer.get("out_refund_no_" + i))) {
                return i;
            }
        }
        throw new PaymentGatewayException("the refund query's answer does not list out_refund_no " + outRefundNo);
    }
}
