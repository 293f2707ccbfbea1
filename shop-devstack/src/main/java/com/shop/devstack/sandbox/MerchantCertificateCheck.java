package com.shop.devstack.sandbox;

import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Lets a {@code /secapi/} request through only when the TLS client presented this merchant's certificate (subject
 * {@code CN=<mch_id>}); the handshake already refused a client with none or one the authority did not issue.
 */
final class MerchantCertificateCheck implements HttpHandler {

    private final MerchantAccount merchant;
    private final HttpHandler next;

    MerchantCertificateCheck(MerchantAccount merchant, HttpHandler next) {
        this.merchant = merchant;
        this.next = next;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (isMerchants(exchange)) {
            next.handle(exchange);
            return;
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("return_code", "FAIL");
        answer.put("return_msg", "the client certificate is not merchant " + merchant.mchId() + "'s");
        HttpExchanges.respond(exchange, 200, SignedXmlEndpoint.XML_CONTENT_TYPE, WxPayXml.write(answer));
    }

    private boolean isMerchants(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https)) {
            return false;
        }
        try {
            Certificate[] chain = https.getSSLSession().getPeerCertificates();
            return chain.length > 0
                    && chain[0] instanceof X509Certificate client
                    && client.getSubjectX500Principal().getName().equals("CN=" + merchant.mchId());
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
    }
}
