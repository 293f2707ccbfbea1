package com.shop.pay.gateway;

import static com.shop.pay.gateway.WechatPayTransport.fen;
import static com.shop.pay.gateway.WechatPayTransport.required;

import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.OpenedTrade;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentFailureNotice;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentNotice;
import com.shop.pay.domain.PlatformNotification;
import com.shop.pay.domain.TradeClosing;
import com.shop.pay.domain.TradeLookup;
import com.shop.pay.domain.TradeLookup.TradeState;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.TradeType;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;

/**
 * {@link PaymentGateway} over the WeChat Pay v2 API: NATIVE unified order, order query and close order, each a
 * signed XML request whose answer is believed only once its {@code return_code}, signature and merchant were checked.
 */
@Slf4j
public class WechatPayClient implements PaymentGateway {

    static final String SUCCESS = "SUCCESS";
    static final String FAIL = "FAIL";
    private static final int MAX_ERR_CODE = 32;
    private static final int MAX_ERR_CODE_DES = 128;
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final WechatPayProperties properties;
    private final WechatPaySignature signature;
    private final HttpClient http;
    private final WechatPayTransport transport;

    public WechatPayClient(WechatPayProperties properties) {
        this.properties = properties;
        this.signature = new WechatPaySignature(properties.getKey());
        this.transport = new WechatPayTransport(properties);
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.getConnectTimeout())
                .build();
    }

    @Override
    public PayChannel channel() {
        return PayChannel.WECHAT;
    }

    /** Its merchant settings have defaults (the sandbox's), which only development mode accepts. */
    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public OpenedTrade openTrade(Payment payment) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("body", properties.getTradeDescription());
        request.put("out_trade_no", Long.toString(payment.getPayId()));
        request.put("total_fee", Long.toString(payment.payAmountFen()));
        request.put("spbill_create_ip", properties.getServerIp());
        request.put("notify_url", properties.getNotifyUrl());
        if (payment.isJsapi()) {
            request.put("trade_type", TradeType.JSAPI.name());
            request.put("openid", payment.getOpenId());
        } else {
            request.put("trade_type", TradeType.NATIVE.name());
            request.put("product_id", Long.toString(payment.getOrderId()));
        }
        Map<String, String> answer = call("/pay/unifiedorder", request);
        if (!succeeded(answer)) {
            throw refused("unified order of payment " + payment.getPayId(), answer);
        }
        // a JSAPI trade is paid by its prepay id, a NATIVE one by scanning its code
        String needed = payment.isJsapi() ? "prepay_id" : "code_url";
        if (answer.get(needed) == null || answer.get(needed).isEmpty()) {
            throw new PaymentGatewayException(
                    "the platform opened payment " + payment.getPayId() + " without a " + needed);
        }
        return new OpenedTrade(payment.isJsapi() ? null : answer.get("code_url"), answer.get("prepay_id"));
    }

    @Override
    public TradeLookup queryTrade(Payment payment) {
        long payId = payment.getPayId();
        Map<String, String> answer = call("/pay/orderquery", Map.of("out_trade_no", Long.toString(payId)));
        if (!succeeded(answer)) {
            if ("ORDERNOTEXIST".equals(answer.get("err_code"))) {
                return TradeLookup.unpaid(TradeState.UNKNOWN);
            }
            throw refused("order query of payment " + payId, answer);
        }
        TradeState state = switch (answer.getOrDefault("trade_state", "")) {
            case "SUCCESS" -> TradeState.PAID;
            case "REFUND" -> TradeState.REFUNDED;
            case "CLOSED", "REVOKED" -> TradeState.CLOSED;
            default -> TradeState.NOT_PAID;
        };
        if (state != TradeState.PAID && state != TradeState.REFUNDED) {
            return TradeLookup.unpaid(state);
        }
        return new TradeLookup(
                state,
                required(answer, "transaction_id"),
                fen(answer, "total_fee"),
                platformTime(answer.get("time_end")));
    }

    @Override
    public TradeClosing closeTrade(Payment payment) {
        long payId = payment.getPayId();
        Map<String, String> answer = call("/pay/closeorder", Map.of("out_trade_no", Long.toString(payId)));
        if (succeeded(answer)) {
            return TradeClosing.CLOSED;
        }
        return switch (answer.getOrDefault("err_code", "")) {
            case "ORDERCLOSED" -> TradeClosing.CLOSED;
            case "ORDERPAID" -> TradeClosing.ALREADY_PAID;
            case "ORDERNOTEXIST" -> TradeClosing.NOT_FOUND;
            default -> throw refused("close of payment " + payId, answer);
        };
    }

    @Override
    public PaymentNotice readNotification(String body) {
        if (body == null || body.getBytes(StandardCharsets.UTF_8).length > properties.getMaxNotificationBytes()) {
            throw new InvalidNotificationException(
                    "empty, or larger than " + properties.getMaxNotificationBytes() + " bytes");
        }
        Map<String, String> fields;
        try {
            fields = WechatPayXml.parse(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidNotificationException(e.getMessage(), e);
        }
        SignType type = SignType.named(fields.get("sign_type"))
                .orElseThrow(() -> new InvalidNotificationException("unknown sign_type " + fields.get("sign_type")));
        if (!signature.verify(fields, type)) {
            throw new InvalidNotificationException("signature mismatch");
        }
        if (!transport.ourMerchant(fields)) {
            throw new InvalidNotificationException(
                    "appid " + fields.get("appid") + " / mch_id " + fields.get("mch_id") + " are not ours");
        }
        boolean failed = SUCCESS.equals(fields.get("return_code")) && FAIL.equals(fields.get("result_code"));
        if (!failed && (!SUCCESS.equals(fields.get("return_code")) || !SUCCESS.equals(fields.get("result_code")))) {
            throw new InvalidNotificationException("neither a success nor a failure notification: "
                    + fields.get("return_code") + "/" + fields.get("result_code"));
        }
        try {
            return failed
                    ? failureNotice(fields)
                    : new PlatformNotification(
                            outTradeNo(fields),
                            required(fields, "transaction_id"),
                            fen(fields, "total_fee"),
                            platformTime(fields.get("time_end")));
        } catch (NumberFormatException | PaymentGatewayException e) {
            throw new InvalidNotificationException(e.getMessage(), e);
        }
    }

    /** The platform's error is only kept for people to read, so it is cut to what we store rather than refused. */
    private static PaymentFailureNotice failureNotice(Map<String, String> fields) {
        return new PaymentFailureNotice(
                outTradeNo(fields),
                cut(fields.get("err_code"), MAX_ERR_CODE),
                cut(fields.get("err_code_des"), MAX_ERR_CODE_DES));
    }

    private static long outTradeNo(Map<String, String> fields) {
        return Long.parseLong(required(fields, "out_trade_no"));
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @Override
    public String notificationReply(boolean accepted) {
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("return_code", accepted ? SUCCESS : FAIL);
        reply.put("return_msg", accepted ? "OK" : "refused");
        return WechatPayXml.write(reply);
    }

    private static boolean succeeded(Map<String, String> answer) {
        return SUCCESS.equals(answer.get("result_code"));
    }

    /** Signs and posts a request to the platform; see {@link WechatPayTransport#call}. */
    private Map<String, String> call(String path, Map<String, String> fields) {
        return transport.call(http, properties.getBaseUrl(), path, fields);
    }

    private static PaymentGatewayException refused(String what, Map<String, String> answer) {
        return new PaymentGatewayException(
                what + " refused: " + answer.get("err_code") + " " + answer.get("err_code_des"));
    }

    /** The platform's local time of payment; when it is missing or garbled, the time it was read is close enough. */
    private static Instant platformTime(String value) {
        if (value == null || value.isEmpty()) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(value, PLATFORM_TIME)
                    .atZone(PLATFORM_ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            log.warn("time_end '{}' of the platform is not yyyyMMddHHmmss; using the time it was read", value);
            return Instant.now();
        }
    }
}
