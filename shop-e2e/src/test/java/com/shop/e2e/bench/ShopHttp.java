package com.shop.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The load generator's HTTP client of the two web edges: HTTP/1.1 with keep-alive (one pool of connections per
 * instance), request bodies from string templates, answers kept as text. A fresh instance per load phase starts with
 * no pooled connection the server may have closed while the benchmark was settling.
 */
final class ShopHttp {

    /** Whatever a confirmation asks for besides the goods and the balance used: one unit at 19.90, 10.00 shipping. */
    static final String GOODS_PRICE = "19.90";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI orders;
    private final URI login;
    private final URI payments;
    private final URI notifications;

    ShopHttp(String orderWebUrl, String payWebUrl) {
        this.orders = URI.create(orderWebUrl + "/api/orders");
        this.login = URI.create(orderWebUrl + "/api/auth/login");
        this.payments = URI.create(payWebUrl + "/api/payments");
        this.notifications = URI.create(payWebUrl + "/pay/notify/wechat");
    }

    /** The body of a confirmation of one unit of the goods, {@code moneyPaid} from the balance, no coupon. */
    static String order(long goodsId, String moneyPaid) {
        return "{\"goodsId\":" + goodsId + ",\"goodsNumber\":1,\"goodsPrice\":" + GOODS_PRICE
                + ",\"shippingFee\":10.00,\"orderAmount\":29.90,\"moneyPaid\":" + moneyPaid
                + ",\"address\":\"1 Bench Street, Hangzhou\",\"consignee\":\"Bench Shopper\"}";
    }

    /** Logs the user in and returns the bearer token. */
    String login(String userName, String password) {
        Answer answer =
                send(json(login, null, "{\"username\":\"" + userName + "\",\"password\":\"" + password + "\"}"));
        String token = answer.is(200) ? answer.field("token") : null;
        if (token == null) {
            throw new IllegalStateException("login of " + userName + " failed: " + answer);
        }
        return token;
    }

    Answer confirm(String token, long goodsId, String moneyPaid) {
        return send(json(orders, token, order(goodsId, moneyPaid)));
    }

    CompletableFuture<Answer> confirmAsync(String token, long goodsId, String moneyPaid) {
        return client.sendAsync(json(orders, token, order(goodsId, moneyPaid)), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) ->
                        error == null ? new Answer(response.statusCode(), response.body()) : Answer.failed(error));
    }

    /** {@code POST /api/payments} on pay-web for the order; 201 carries the {@code payId}. */
    Answer openPayment(String token, String orderId) {
        return send(json(payments, token, "{\"orderId\":\"" + orderId + "\"}"));
    }

    /** The payment platform's notification, as it posts it to pay-web. */
    Answer notifyPlatform(String xml) {
        return send(HttpRequest.newBuilder(notifications)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml))
                .build());
    }

    private static HttpRequest json(URI uri, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return Answer.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(e);
        }
    }
}
