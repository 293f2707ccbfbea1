package com.shop.devstack.sandbox;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Alipay's open API gateway ({@code POST /gateway.do}): the common parameters and {@code biz_content} as form fields
 * (or in the query string), signed by the merchant with RSA2; the answer is JSON, its {@code <method>_response}
 * member signed by the platform. It answers {@code alipay.trade.precreate}, {@code .query}, {@code .close},
 * {@code .refund} and {@code .fastpay.refund.query}.
 */
final class AlipayGatewayEndpoint implements HttpHandler {

    static final String PATH = "/gateway.do";
    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final String appId;
    private final Supplier<AlipayKeys> keys;
    private final AlipayTradeBook trades;

    AlipayGatewayEndpoint(String appId, Supplier<AlipayKeys> keys, AlipayTradeBook trades) {
        this.appId = appId;
        this.keys = keys;
        this.trades = trades;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            HttpExchanges.respondEmpty(exchange, 405);
            return;
        }
        Map<String, String> parameters;
        try {
            parameters = parameters(exchange);
        } catch (GatewayError e) {
            respond(exchange, "error_response", e.answer());
            return;
        }
        String method = parameters.getOrDefault("method", "");
        String member = method.isEmpty() ? "error_response" : method.replace('.', '_') + "_response";
        Map<String, Object> answer;
        try {
            checkCommon(parameters);
            answer = operate(method, parameters, bizContent(parameters));
        } catch (GatewayError e) {
            answer = e.answer();
            if ("isv.invalid-method".equals(e.subCode)) {
                member = "error_response";
            }
        } catch (BusinessRefusal e) {
            answer = new LinkedHashMap<>();
            answer.put("code", "40004");
            answer.put("msg", "Business Failed");
            answer.put("sub_code", e.errCode());
            answer.put("sub_msg", e.getMessage());
        }
        respond(exchange, member, answer);
    }

    private Map<String, Object> operate(String method, Map<String, String> parameters, JSONObject biz) {
        return switch (method) {
            case "alipay.trade.precreate" -> precreate(parameters, biz);
            case "alipay.trade.query" -> query(biz);
            case "alipay.trade.close" -> close(biz);
            case "alipay.trade.refund" -> refund(biz);
            case "alipay.trade.fastpay.refund.query" -> refundQuery(biz);
            default ->
                throw new GatewayError("40002", "Invalid Arguments", "isv.invalid-method", "no such method: " + method);
        };
    }

    private Map<String, Object> precreate(Map<String, String> parameters, JSONObject biz) {
        String outTradeNo = outTradeNo(biz);
        BigDecimal amount = amount(biz, "total_amount");
        String subject = required(biz, "subject");
        String notifyUrl = notifyUrl(parameters.get("notify_url"));
        AlipayTrade trade = trades.open(outTradeNo, subject, amount, notifyUrl, Instant.now());
        trade.requireReusableFor(amount);
        Map<String, Object> answer = success();
        answer.put("out_trade_no", outTradeNo);
        answer.put("qr_code", trade.qrCode());
        return answer;
    }

    private Map<String, Object> query(JSONObject biz) {
        AlipayTrade trade = trades.require(outTradeNo(biz));
        Map<String, Object> answer = success();
        answer.put("trade_no", trade.tradeNo());
        answer.put("out_trade_no", trade.outTradeNo());
        answer.put("trade_status", trade.status().name());
        answer.put("total_amount", trade.totalAmount().toPlainString());
        if (trade.tradeNo() != null) {
            answer.put("buyer_user_id", AlipayTrade.SANDBOX_BUYER);
            answer.put("buyer_logon_id", "159****5620");
            answer.put("send_pay_date", AlipayIds.time(trade.paidAt()));
        }
        return answer;
    }

    private Map<String, Object> close(JSONObject biz) {
        AlipayTrade trade = trades.require(outTradeNo(biz));
        trade.close();
        Map<String, Object> answer = success();
        answer.put("out_trade_no", trade.outTradeNo());
        return answer;
    }

    private Map<String, Object> refund(JSONObject biz) {
        AlipayTrade trade = trades.require(outTradeNo(biz));
        BigDecimal amount = amount(biz, "refund_amount");
        String outRequestNo = biz.getString("out_request_no");
        String number = outRequestNo == null || outRequestNo.isEmpty() ? trade.outTradeNo() : outRequestNo;
        boolean first = trade.refundOf(number) == null;
        BigDecimal refunded = trade.refund(number, amount);
        Map<String, Object> answer = success();
        answer.put("trade_no", trade.tradeNo());
        answer.put("out_trade_no", trade.outTradeNo());
        answer.put("buyer_logon_id", "159****5620");
        answer.put("fund_change", first ? "Y" : "N");
        answer.put("refund_fee", refunded.toPlainString());
        answer.put("gmt_refund_pay", AlipayIds.time(Instant.now()));
        return answer;
    }

    /** A refund the trade does not have is answered with success and no refund in it, as Alipay does. */
    private Map<String, Object> refundQuery(JSONObject biz) {
        AlipayTrade trade = trades.require(outTradeNo(biz));
        String outRequestNo = required(biz, "out_request_no");
        Map<String, Object> answer = success();
        answer.put("out_trade_no", trade.outTradeNo());
        answer.put("out_request_no", outRequestNo);
        BigDecimal amount = trade.refundOf(outRequestNo);
        if (amount != null) {
            answer.put("trade_no", trade.tradeNo());
            answer.put("total_amount", trade.totalAmount().toPlainString());
            answer.put("refund_amount", amount.toPlainString());
            answer.put("refund_status", "REFUND_SUCCESS");
        }
        return answer;
    }

    private void checkCommon(Map<String, String> parameters) {
        if (!appId.equals(parameters.get("app_id"))) {
            throw invalid("isv.invalid-app-id", "app_id " + parameters.get("app_id") + " is not the sandbox's");
        }
        if (!"RSA2".equals(parameters.get("sign_type"))) {
            throw invalid("isv.invalid-signature-type", "sign_type must be RSA2, not " + parameters.get("sign_type"));
        }
        String charset = parameters.getOrDefault("charset", "");
        if (!"utf-8".equalsIgnoreCase(charset)) {
            throw invalid("isv.invalid-charset", "charset must be utf-8, not " + charset);
        }
        if (parameters.getOrDefault("timestamp", "").isEmpty()) {
            throw invalid("isv.missing-timestamp", "timestamp is required");
        }
        String content = AlipaySignature.content(parameters, Set.of("sign"));
        if (!AlipaySignature.verify(
                content, parameters.get("sign"), keys.get().merchant().getPublic())) {
            throw invalid("isv.invalid-signature", "the signature does not verify with the merchant's public key");
        }
    }

    private static JSONObject bizContent(Map<String, String> parameters) {
        try {
            JSONObject biz = JSON.parseObject(parameters.getOrDefault("biz_content", ""));
            if (biz == null) {
                throw invalid("isv.missing-biz-content", "biz_content is required");
            }
            return biz;
        } catch (JSONException e) {
            throw invalid("isv.invalid-biz-content", "biz_content is not a JSON object");
        }
    }

    /** The form body's fields and the query string's; a field given twice is refused. */
    private static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw invalid("isv.invalid-parameter", "the request is larger than " + MAX_BODY_BYTES + " bytes");
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        for (String form : new String[] {query, body}) {
            if (form == null || form.isEmpty()) {
                continue;
            }
            for (String pair : form.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
                if (parameters.putIfAbsent(name, value) != null) {
                    throw invalid("isv.invalid-parameter", "parameter " + name + " is given twice");
                }
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("isv.invalid-parameter", "not form-encoded: " + text);
        }
    }

    private static String outTradeNo(JSONObject biz) {
        String outTradeNo = required(biz, "out_trade_no");
        if (outTradeNo.length() > 64) {
            throw invalid("isv.invalid-parameter", "out_trade_no is longer than 64 characters");
        }
        return outTradeNo;
    }

    private static BigDecimal amount(JSONObject biz, String name) {
        String text = required(biz, name);
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.scale() > 2
                    || amount.compareTo(new BigDecimal("0.01")) < 0
                    || amount.compareTo(new BigDecimal("100000000")) > 0) {
                throw invalid(
                        "isv.invalid-parameter", name + " must be between 0.01 and 100000000 yuan in fen, not " + text);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw invalid("isv.invalid-parameter", name + " is not an amount: " + text);
        }
    }

    private static String required(JSONObject biz, String name) {
        Object value = biz.get(name);
        if (value == null || value.toString().isEmpty()) {
            throw invalid("isv.missing-" + name.replace('_', '-'), name + " is required");
        }
        return value.toString();
    }

    /** The sandbox notifies every trade, so it needs a place to: refused now rather than failing later. */
    private static String notifyUrl(String notifyUrl) {
        try {
            URI uri = new URI(notifyUrl == null ? "" : notifyUrl);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return notifyUrl;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw invalid("isv.invalid-notify-url", "notify_url must be an http(s) URL, not " + notifyUrl);
    }

    private static Map<String, Object> success() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", "10000");
        answer.put("msg", "Success");
        return answer;
    }

    /** Signs the member's JSON exactly as written into the body, which is what the merchant checks. */
    private void respond(HttpExchange exchange, String member, Map<String, Object> answer) throws IOException {
        String json = JSON.toJSONString(answer);
        String sign = AlipaySignature.sign(json, keys.get().platform().getPrivate());
        HttpExchanges.respond(exchange, 200, JSON_TYPE, "{\"" + member + "\":" + json + ",\"sign\":\"" + sign + "\"}");
    }

    private static GatewayError invalid(String subCode, String subMessage) {
        return new GatewayError("40002", "Invalid Arguments", subCode, subMessage);
    }

    /** A request the gateway refuses before any trade is looked at. */
    private static final class GatewayError extends RuntimeException {

        private final String code;
        private final String msg;
        private final String subCode;

        GatewayError(String code, String msg, String subCode, String subMessage) {
            super(subMessage, null, false, false);
            this.code = code;
            this.msg = msg;
            this.subCode = subCode;
        }

        Map<String, Object> answer() {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", code);
            answer.put("msg", msg);
            answer.put("sub_code", subCode);
            answer.put("sub_msg", getMessage());
            return answer;
        }
    }
}
