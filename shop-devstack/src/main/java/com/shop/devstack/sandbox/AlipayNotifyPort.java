package com.shop.devstack.sandbox;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Alipay's asynchronous notification of a paid trade ({@code trade_status_sync}): form-encoded, RSA2-signed with the
 * platform's key, posted to the trade's {@code notify_url} and acknowledged by HTTP 200 with the body
 * {@code success}; Alipay tries again after 4 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h (scaled).
 */
final class AlipayNotifyPort implements RetryingDelivery.Port<AlipayTrade> {

    /** Alipay's published intervals between the attempts at one notification. */
    static final List<Duration> ALIPAY_INTERVALS = List.of(
            Duration.ofMinutes(4),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(15));
    /** The seller, the merchant's Alipay account, as notifications name it. */
    static final String SELLER_ID = "2088102177649450";

    private final String appId;
    private final Supplier<AlipayKeys> keys;

    AlipayNotifyPort(String appId, Supplier<AlipayKeys> keys) {
        this.appId = appId;
        this.keys = keys;
    }

    @Override
    public HttpRequest request(AlipayTrade trade) {
        String form = notification(trade).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return RetryingDelivery.post(trade.notifyUrl(), "application/x-www-form-urlencoded; charset=utf-8", form);
    }

    @Override
    public boolean acknowledged(HttpResponse<String> answer) {
        return answer.statusCode() == 200 && "success".equals(answer.body().strip());
    }

    @Override
    public String describe(AlipayTrade trade) {
        return "Alipay notification of trade " + trade.outTradeNo();
    }

    @Override
    public void attempted(AlipayTrade trade, boolean acknowledged) {
        trade.recordNotifyAttempt(acknowledged);
    }

    /** The notification's fields, signed as Alipay signs them: without {@code sign} and {@code sign_type}. */
    Map<String, String> notification(AlipayTrade trade) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", AlipayIds.time(Instant.now()));
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", AlipayIds.notifyId());
        fields.put("app_id", appId);
        fields.put("charset", "utf-8");
        fields.put("version", "1.0");
        fields.put("sign_type", "RSA2");
        fields.put("trade_no", trade.tradeNo());
        fields.put("out_trade_no", trade.outTradeNo());
        fields.put("buyer_id", AlipayTrade.SANDBOX_BUYER);
        fields.put("seller_id", SELLER_ID);
        fields.put("trade_status", AlipayTrade.Status.TRADE_SUCCESS.name());
        fields.put("total_amount", trade.totalAmount().toPlainString());
        fields.put("receipt_amount", trade.totalAmount().toPlainString());
        fields.put("buyer_pay_amount", trade.totalAmount().toPlainString());
        fields.put("gmt_payment", AlipayIds.time(trade.paidAt()));
        fields.put(
                "sign",
                AlipaySignature.sign(
                        AlipaySignature.content(fields, Set.of("sign", "sign_type")),
                        keys.get().platform().getPrivate()));
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
