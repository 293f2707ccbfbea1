package com.shop.devstack.sandbox;

import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform API over HTTP: checks that the request is well-formed XML for this merchant with a valid signature,
 * runs the operation, and answers signed XML with the request's sign type. A request failing the checks gets
 * {@code return_code=FAIL} and a reason, unsigned, as from the real platform.
 */
final class SignedXmlEndpoint implements HttpHandler {

    static final String XML_CONTENT_TYPE = "text/xml; charset=UTF-8";

    private static final Logger log = LoggerFactory.getLogger(SignedXmlEndpoint.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final MerchantAccount merchant;
    private final MerchantSigner signer;
    private final PlatformOperation operation;

    SignedXmlEndpoint(MerchantAccount merchant, PlatformOperation operation) {
        this.merchant = merchant;
        this.signer = new MerchantSigner(merchant);
        this.operation = operation;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            HttpExchanges.respondEmpty(exchange, 405);
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        String path = exchange.getRequestURI().getPath();
        HttpExchanges.respond(exchange, 200, XML_CONTENT_TYPE, WxPayXml.write(answer(path, body)));
    }

    private Map<String, String> answer(String path, byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            return refused(path, "the request is larger than " + MAX_BODY_BYTES / 1024 + " KB");
        }
        Map<String, String> fields;
        try {
            fields = WxPayXml.parse(body);
        } catch (MalformedXmlException e) {
            return refused(path, "malformed XML: " + e.getMessage());
        }
        if (!merchant.appId().equals(fields.get("appid"))) {
            return refused(path, "appid " + fields.get("appid") + " is not this merchant's");
        }
        if (!merchant.mchId().equals(fields.get("mch_id"))) {
            return refused(path, "mch_id " + fields.get("mch_id") + " is not this merchant's");
        }
        if (fields.getOrDefault("nonce_str", "").isEmpty()) {
            return refused(path, "nonce_str is required");
        }
        SignType signType;
        try {
            signType = SignType.of(fields.get("sign_type"));
        } catch (IllegalArgumentException e) {
            return refused(path, e.getMessage());
        }
        if (!signer.verifies(fields, signType)) {
            return refused(path, "signature mismatch");
        }
        PlatformReply reply;
        try {
            reply = operation.handle(new PlatformRequest(fields, signType));
        } catch (BusinessRefusal refusal) {
            log.info("{}: {} {}", path, refusal.errCode(), refusal.getMessage());
            reply = PlatformReply.refused(refusal);
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("return_code", "SUCCESS");
        answer.put("return_msg", "OK");
        answer.putAll(reply.fields());
        return signer.signed(answer, signType);
    }

    private static Map<String, String> refused(String path, String reason) {
        log.info("{} refused: {}", path, reason);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("return_code", "FAIL");
        answer.put("return_msg", reason);
        return answer;
    }
}
