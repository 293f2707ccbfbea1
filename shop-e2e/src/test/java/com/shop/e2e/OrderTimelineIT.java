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
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An order's timeline gathered from every service, against the whole suite as processes: the saga's steps of every
 * participant, the payment and its message sent and consumed; the compensations of an order refused at a step; and
 * nothing of it for another shopper, while an operator reads it in the back office. The back office's other read of
 * every service, the messaging backlog, is gathered the same way and checked here too.
 */
class OrderTimelineIT {

    private static final Duration SOON = Duration.ofSeconds(30);

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void aConfirmedPaidOrderShowsEveryStepThePaymentAndItsMessageSentAndConsumed() {
        long goodsId = db.newGoods("30.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "30.00", 2, couponId, "10.00")));
        pay(orderId);

        List<String> wanted = List.of(
                "order STEP order placed",
                "goods STEP stock reserved",
                "coupon STEP coupon used",
                "user STEP balance reduced",
                "order ORDER order confirmed",
                "pay PAYMENT payment opened",
                "pay PAYMENT payment succeeded",
                "pay MESSAGE_SENT PaymentSucceeded sent",
                "order MESSAGE_CONSUMED PaymentSucceeded consumed by order-payment-succeeded",
                "user MESSAGE_CONSUMED PaymentSucceeded consumed by user-payment-succeeded",
                "user STEP points credited",
                "order ORDER order paid");
        JsonNode timeline = await().atMost(SOON)
                .until(() -> timelineOf(buyer, orderId), shown -> entries(shown).containsAll(wanted));

        assertThat(timeline.get("orderId").asText()).isEqualTo(Long.toString(orderId));
        assertThat(timeline.get("partial").asBoolean()).isFalse();
        assertThat(timeline.get("unavailable")).isEmpty();
        assertThat(entries(timeline)).doesNotContain("goods COMPENSATION stock restored");
        assertThat(times(timeline)).isSorted();
        List<String> shown = entries(timeline);
        assertThat(shown.indexOf("order STEP order placed"))
                .isLessThan(shown.indexOf("goods STEP stock reserved"))
                .isLessThan(shown.indexOf("order ORDER order confirmed"));
        assertThat(shown.indexOf("pay MESSAGE_SENT PaymentSucceeded sent"))
                .isLessThan(
                        shown.indexOf("order MESSAGE_CONSUMED PaymentSucceeded consumed by order-payment-succeeded"));
    }

    @Test
    void anOrderRefusedAtTheBalanceStepShowsTheCompensations() {
        long goodsId = db.newGoods("899.00", 10);
        long couponId = db.newCoupon(shopper.id(), "10.00");

        Response refused = buyer.post("/api/orders", order(goodsId, "899.00", 2, couponId, "1788.00"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        long orderId = Long.parseLong(refused.json().get("orderId").asText());

        List<String> wanted = List.of(
                "goods STEP stock reserved",
                "coupon STEP coupon used",
                "order ORDER order cancelled",
                "order MESSAGE_SENT OrderCancelled sent",
                "goods MESSAGE_CONSUMED OrderCancelled consumed by goods-order-cancelled",
                "goods COMPENSATION stock restored",
                "coupon COMPENSATION coupon restored",
                "user COMPENSATION balance fenced off");
        JsonNode timeline = await().atMost(SOON)
                .until(() -> timelineOf(buyer, orderId), shown -> entries(shown).containsAll(wanted));

        assertThat(timeline.get("partial").asBoolean()).isFalse();
        assertThat(entries(timeline)).doesNotContain("user STEP balance reduced", "order ORDER order confirmed");
        assertThat(times(timeline)).isSorted();
    }

    @Test
    void anotherShopperGetsNotFoundAndAnOperatorReadsItUnderTheBackOffice() {
        long goodsId = db.newGoods("30.00", 10);
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "30.00", 1, null, null)));
        Shopper other = db.newShopper();

        Response stranger = stack.login(other.name(), PASSWORD).get("/api/orders/" + orderId + "/timeline");

        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(404);
        assertThat(stranger.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(ShopClient.anonymous(stack.orderWebUrl())
                        .get("/api/orders/" + orderId + "/timeline")
                        .status())
                .isEqualTo(401);

        ShopClient operator = stack.login("admin", "shop-admin");
        assertThat(entries(timelineOf(operator, "/api/admin/orders/" + orderId + "/timeline")))
                .contains("order STEP order placed", "goods STEP stock reserved", "order ORDER order confirmed");
        assertThat(buyer.get("/api/admin/orders/" + orderId + "/timeline").status())
                .isEqualTo(403);
    }

    @Test
    void anOperatorSeesTheMessagingBacklogOfEveryServiceAndAShopperDoesNot() {
        ShopClient operator = stack.login("admin", "shop-admin");

        Response response = operator.get("/api/admin/messaging");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode messaging = response.json();
        assertThat(messaging.get("partial").asBoolean()).as(response.toString()).isFalse();
        assertThat(messaging.get("unavailable")).isEmpty();
        List<String> services = new ArrayList<>();
        messaging.get("services").forEach(service -> {
            services.add(service.get("service").asText());
            for (String count : List.of("outboxPending", "outboxParked", "consumerFailed", "deadLettersSeen")) {
                assertThat(service.get(count)).as(service + " " + count).isNotNull();
                assertThat(service.get(count).isIntegralNumber())
                        .as(service + " " + count)
                        .isTrue();
                assertThat(service.get(count).asLong())
                        .as(service + " " + count)
                        .isNotNegative();
            }
            assertThat(List.of(service.get("parked"), service.get("failed"), service.get("deadLetters")))
                    .allSatisfy(list ->
                            assertThat(list.isArray()).as(service.toString()).isTrue());
        });
        assertThat(services).containsExactly("order", "goods", "coupon", "user", "pay");
        assertThat(buyer.get("/api/admin/messaging").status()).isEqualTo(403);
    }

    private void pay(long orderId) {
        ShopClient buyerPays = buyer.at(stack.payWebUrl());
        Response created = buyerPays.post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        String codeUrl = created.json().get("codeUrl").asText();
        Response paid = ShopClient.anonymous(stack.sandboxUrl())
                .postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    private static JsonNode timelineOf(ShopClient client, long orderId) {
        return timelineOf(client, "/api/orders/" + orderId + "/timeline");
    }

    private static JsonNode timelineOf(ShopClient client, String path) {
        Response response = client.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Each entry as "service KIND name". */
    private static List<String> entries(JsonNode timeline) {
        List<String> entries = new ArrayList<>();
        timeline.get("entries")
                .forEach(entry -> entries.add(entry.get("service").asText() + " "
                        + entry.get("kind").asText() + " "
                        + entry.get("name").asText()));
        return entries;
    }

    private static List<Instant> times(JsonNode timeline) {
        List<Instant> times = new ArrayList<>();
        timeline.get("entries")
                .forEach(entry -> times.add(Instant.parse(entry.get("time").asText())));
        return times;
    }
}
