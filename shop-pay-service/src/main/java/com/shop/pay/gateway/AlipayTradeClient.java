package com.shop.pay.gateway;

import com.shop.pay.domain.AcknowledgedNotice;
import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.OpenedTrade;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentNotice;
import com.shop.pay.domain.PlatformNotification;
import com.shop.pay.domain.TradeClosing;
import com.shop.pay.domain.TradeLookup;
import com.shop.pay.domain.TradeLookup.TradeState;
import com.shop.pojo.pay.PayChannel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link PaymentGateway} over Alipay's open API: a face-to-face precreate trade ({@code alipay.trade.precreate}, a QR
 * code to scan), {@code alipay.trade.query} and {@code alipay.trade.close}; and Alipay's asynchronous notifications,
 * believed once their RSA2 signature verifies with Alipay's public key and they name our app.
 */
public class AlipayTradeClient implements PaymentGateway {

    static final String TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST";
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");

    private final AlipayProperties properties;
    private final AlipayTransport transport;

    public AlipayTradeClient(AlipayProperties properties) {
        this(properties, new AlipayTransport(properties));
    }

    AlipayTradeClient(AlipayProperties properties, AlipayTransport transport) {
        this.properties = properties;
        this.transport = transport;
    }

    @Override
    public PayChannel channel() {
        return PayChannel.ALIPAY;
    }

    @Override
    public boolean configured() {
        return transport.configured();
    }

    @Override
    public OpenedTrade openTrade(Payment payment) {
        Map<String, String> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", Long.toString(payment.getPayId()));
        biz.put("total_amount", AlipayTransport.yuan(payment.payAmountFen()));
        biz.put("subject", properties.getSubject());
        AlipayTransport.Answer answer =
                transport.call("alipay.trade.precreate", biz, Map.of("notify_url", properties.getNotifyUrl()));
        if (!answer.succeeded()) {
            throw answer.refused("precreate of payment " + payment.getPayId());
        }
        return new OpenedTrade(answer.required("qr_code"), null);
    }

    @Override
    public TradeLookup queryTrade(Payment payment) {
        AlipayTransport.Answer answer = transport.call("alipay.trade.query", outTradeNo(payment), Map.of());
        if (!answer.succeeded()) {
            if (TRADE_NOT_EXIST.equals(answer.subCode())) {
                return TradeLookup.unpaid(TradeState.UNKNOWN);
            }
            throw answer.refused("query of payment " + payment.getPayId());
        }
        String status = answer.required("trade_status");
        boolean paid = PAID.contains(status);
        // a trade refunded in full is closed at Alipay; its payment date tells it was paid first
        boolean refunded = "TRADE_CLOSED".equals(status) && answer.text("send_pay_date") != null;
        if (!paid && !refunded) {
            return TradeLookup.unpaid("TRADE_CLOSED".equals(status) ? TradeState.CLOSED : TradeState.NOT_PAID);
        }
        return new TradeLookup(
                paid ? TradeState.PAID : TradeState.REFUNDED,
                answer.required("trade_no"),
                AlipayTransport.fen(answer.text("total_amount"), "total_amount"),
                AlipayTransport.platformTime(answer.text("send_pay_date")));
    }

    /** Alipay refuses to close a trade paid or closed alike ({@code ACQ.TRADE_STATUS_ERROR}): a query tells which. */
    @Override
    public TradeClosing closeTrade(Payment payment) {
        AlipayTransport.Answer answer = transport.call("alipay.trade.close", outTradeNo(payment), Map.of());
        if (answer.succeeded()) {
            return TradeClosing.CLOSED;
        }
        return switch (String.valueOf(answer.subCode())) {
            case TRADE_NOT_EXIST -> TradeClosing.NOT_FOUND;
            case "ACQ.TRADE_STATUS_ERROR" ->
                queryTrade(payment).wasPaid() ? TradeClosing.ALREADY_PAID : TradeClosing.CLOSED;
            default -> throw answer.refused("close of payment " + payment.getPayId());
        };
    }

    @Override
    public PaymentNotice readNotification(String body) {
        if (body == null
                || body.isEmpty()
                || body.getBytes(StandardCharsets.UTF_8).length > properties.getMaxNotificationBytes()) {
            throw new InvalidNotificationException(
                    "empty, or larger than " + properties.getMaxNotificationBytes() + " bytes");
        }
        Map<String, String> fields = form(body);
        if (!"RSA2".equals(fields.get(AlipayRsa2.SIGN_TYPE))) {
            throw new InvalidNotificationException("sign_type " + fields.get(AlipayRsa2.SIGN_TYPE) + ", not RSA2");
        }
        String signed = AlipayRsa2.content(fields, Set.of(AlipayRsa2.SIGN, AlipayRsa2.SIGN_TYPE));
        PaymentNoticeReader reader = new PaymentNoticeReader(fields);
        try {
            if (!AlipayRsa2.verify(signed, fields.get(AlipayRsa2.SIGN), transport.platformKey())) {
                throw new InvalidNotificationException("signature mismatch");
            }
            if (!transport.appId().equals(fields.get("app_id"))) {
                throw new InvalidNotificationException("app_id " + fields.get("app_id") + " is not ours");
            }
            return reader.notice();
        } catch (PaymentGatewayException | NumberFormatException e) {
            throw new InvalidNotificationException(e.getMessage(), e);
        }
    }

    /** Alipay stops sending a notification only when the answer is {@code success}, as plain text. */
    @Override
    public String notificationReply(boolean accepted) {
        return accepted ? "success" : "failure";
    }

    private static Map<String, String> outTradeNo(Payment payment) {
        return Map.of("out_trade_no", Long.toString(payment.getPayId()));
    }

    /** The form's fields, decoded as UTF-8; a field given twice is no notification of Alipay's. */
    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (fields.putIfAbsent(name, value) != null) {
                    throw new InvalidNotificationException("field " + name + " is given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidNotificationException("not a form: " + e.getMessage(), e);
            }
        }
        return fields;
    }

    /** What a verified notification says of its trade. */
    private record PaymentNoticeReader(Map<String, String> fields) {

        PaymentNotice notice() {
            long payId = Long.parseLong(required("out_trade_no"));
            String status = required("trade_status");
            if (PAID.contains(status)) {
                return new PlatformNotification(
                        payId,
                        required("trade_no"),
                        AlipayTransport.fen(fields.get("total_amount"), "total_amount"),
                        AlipayTransport.platformTime(fields.get("gmt_payment")));
            }
            if ("TRADE_CLOSED".equals(status) || "WAIT_BUYER_PAY".equals(status)) {
                return new AcknowledgedNotice(payId, status);
            }
            throw new InvalidNotificationException("trade_status " + status + " is none of Alipay's");
        }

        private String required(String name) {
            String value = fields.get(name);
            if (value == null || value.isEmpty()) {
                throw new InvalidNotificationException("the notification has no " + name);
            }
            return value;
        }
    }
}
