package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A paid order goes to its shopper: the demo operator ships it through the back office, after which its shopper can
 * no longer cancel it for a refund, and the shopper confirms it arrived, against the whole suite as processes.
 */
class FulfilmentIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final ShopClient buyer = stack.login(db.newShopper().name(), PASSWORD);
    private final ShopClient sandbox = ShopClient.anonymous(stack.sandboxUrl());

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void theOperatorShipsAPaidOrderAndItsShopperReceivesIt() {
        Response login = ShopClient.anonymous(stack.orderWebUrl())
                .post("/api/auth/login", Map.of("username", "admin", "password", "shop-admin"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("role").asText()).isEqualTo("OPERATOR");
        ShopClient operator = stack.login("admin", "shop-admin");
        long orderId = paidOrder();
        String ship = "/api/admin/orders/" + orderId + "/ship";

        Response byShopper = buyer.post(ship, Map.of());
        assertThat(byShopper.status()).as(byShopper.toString()).isEqualTo(403);
        assertThat(byShopper.code()).isEqualTo("FORBIDDEN");
        assertThat(buyer.get("/api/admin/orders").status()).isEqualTo(403);

        JsonNode listed =
                operator.get("/api/admin/orders?size=100&status=CONFIRMED").json();
        assertThat(listed.get("items").findValuesAsText("orderId")).contains(Long.toString(orderId));
        Response shipped = operator.post(ship, Map.of());
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.json().get("shippingStatus").asText()).isEqualTo("SHIPPED");
        assertThat(operator.post(ship, Map.of()).code()).as("shipped once").isEqualTo("ORDER_STATE_CONFLICT");

        Response cancel = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(409);
        assertThat(cancel.code()).isEqualTo("ORDER_STATE_CONFLICT");
        assertThat(db.single("shop_pay", "SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", orderId))
                .as("nothing refunded")
                .isEqualTo(0L);

        Response received = buyer.post("/api/orders/" + orderId + "/receive", Map.of());
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().get("shippingStatus").asText()).isEqualTo("RECEIVED");
        Response again = buyer.post("/api/orders/" + orderId + "/receive", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORDER_STATE_CONFLICT");
        assertThat(db.rows(
                        "shop_order",
                        "SELECT event FROM trade_order_log WHERE order_id = ? AND event IN ('SHIPPED', 'RECEIVED')",
                        orderId))
                .hasSize(2);
    }

    /** 1 × 35.00 + 10.00 shipping, paid at the WeChat Pay sandbox. */
    private long paidOrder() {
        long goodsId = db.newGoods("35.00", 10);
        Response confirmed = buyer.post("/api/orders", order(goodsId, "35.00", 1, null, null));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        long orderId = orderIdOf(confirmed);
        Response payment = buyer.at(stack.payWebUrl()).post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(payment.status()).as(payment.toString()).isIn(200, 201);
        String codeUrl = payment.json().get("codeUrl").asText();
        Response paid =
                sandbox.postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(buyer.get("/api/orders/" + orderId)
                                .json()
                                .get("payStatus")
                                .asText())
                        .isEqualTo("PAID"));
        return orderId;
    }
}
