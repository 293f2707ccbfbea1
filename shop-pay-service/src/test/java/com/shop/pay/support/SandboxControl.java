package com.shop.pay.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The payment sandbox's control endpoints, as a payer or an operator uses them. */
public final class SandboxControl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public SandboxControl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The payer scans the trade and pays; answers the HTTP status (200 paid, 409 closed, 404 unknown). */
    public int pay(long payId) {
        return post("/sandbox/pay?out_trade_no=" + payId);
    }

    /** Pays a trade even though it was closed: payment and close crossed at the platform. */
    public int payClosed(long payId) {
        return post("/sandbox/pay?force=true&out_trade_no=" + payId);
    }

    /** How the trade's next refunds end at the platform: SUCCESS, CHANGE (the payer's account refused) or REFUNDCLOSE. */
    public int settleRefundsAs(long payId, String refundStatus) {
        return post("/sandbox/refunds/outcome?out_trade_no=" + payId + "&refund_status=" + refundStatus);
    }

    public void dropNotifications() {
        post("/sandbox/notifications?mode=drop");
    }

    public void deliverNotifications() {
        post("/sandbox/notifications?mode=deliver");
    }

    public JsonNode trade(long payId) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/trades/" + payId))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int post(String pathAndQuery) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
