package com.shop.e2e;

import static com.shop.e2e.OrderFlows.BOB;
import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A shopper logs in and confirms orders through shop-order-web, against the whole suite as processes. */
class ConfirmOrderIT {

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void loginGivesATokenAndWrongPasswordsAreRefused() {
        Response login = ShopClient.anonymous(stack.orderWebUrl())
                .post("/api/auth/login", Map.of("username", "bob", "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token").asText()).isNotBlank();
        assertThat(login.json().get("userName").asText()).isEqualTo("bob");

        Response wrong = ShopClient.anonymous(stack.orderWebUrl())
                .post("/api/auth/login", Map.of("username", "bob", "password", "not-the-password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("AUTHENTICATION_FAILED");

        assertThat(ShopClient.anonymous(stack.orderWebUrl()).get("/api/orders").status())
                .isEqualTo(401);
    }

    @Test
    void theDemoDataIsThere() {
        ShopClient alice = stack.login("alice", PASSWORD);
        JsonNode goods = alice.get("/api/goods").json();
        assertThat(goods.size()).isGreaterThanOrEqualTo(6);
        assertThat(alice.get("/api/users/me").json().get("userName").asText()).isEqualTo("alice");
        assertThat(alice.get("/api/coupons").json().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aGoodOrderIsConfirmedAndMovesStockCouponAndBalanceByExactlyItsFigures() {
        long goodsId = db.newGoods("89.00", 100);
        long couponId = db.newCoupon(shopper.id(), "20.00");
        BigDecimal balanceBefore = db.balanceOf(shopper.id());

        Response confirmed = buyer.post("/api/orders", order(goodsId, "89.00", 2, couponId, "50.00"));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        JsonNode view = confirmed.json();
        long orderId = orderIdOf(confirmed);
        assertThat(confirmed.location()).endsWith("/api/orders/" + orderId);
        assertThat(view.get("orderId").isTextual()).isTrue();
        assertThat(view.get("orderStatus").asText()).isEqualTo("CONFIRMED");
        assertThat(view.get("payStatus").asText()).isEqualTo("UNPAID");
        assertThat(view.get("goodsAmount").decimalValue()).isEqualByComparingTo("178.00");
        assertThat(view.get("shippingFee").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(view.get("orderAmount").decimalValue()).isEqualByComparingTo("178.00");
        assertThat(view.get("couponPaid").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(view.get("moneyPaid").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(view.get("payAmount").decimalValue()).isEqualByComparingTo("108.00");

        assertThat(db.stockOf(goodsId)).isEqualTo(98);
        assertThat(db.couponHolder(couponId)).isEqualTo(orderId);
        assertThat(db.balanceOf(shopper.id())).isEqualByComparingTo(balanceBefore.subtract(new BigDecimal("50.00")));
        assertThat(buyer.get("/api/orders/" + orderId).json().get("orderStatus").asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aCheapOrderPaysShippingAndTheWholeRemainingStockCanBeBought() {
        long goodsId = db.newGoods("19.90", 3);

        Response confirmed = buyer.post("/api/orders", order(goodsId, "19.90", 3, null, null));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("shippingFee").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(confirmed.json().get("orderAmount").decimalValue()).isEqualByComparingTo("69.70");
        assertThat(confirmed.json().get("payAmount").decimalValue()).isEqualByComparingTo("69.70");
        assertThat(db.stockOf(goodsId)).isZero();
    }

    @Test
    void theBuyerIsTheTokensNeverTheBodys() {
        long goodsId = db.newGoods("10.00", 10);
        Map<String, Object> body = order(goodsId, "10.00", 1, null, null);
        body.put("userId", BOB);

        Response confirmed = buyer.post("/api/orders", body);

        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(db.single("shop_order", "SELECT user_id FROM trade_order WHERE order_id = ?", orderIdOf(confirmed)))
                .isEqualTo(shopper.id());
    }

    @Test
    void ordersArePrivateToTheirOwner() {
        long goodsId = db.newGoods("10.00", 10);
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "10.00", 1, null, null)));
        ShopClient bob = stack.login("bob", PASSWORD);

        Response peek = bob.get("/api/orders/" + orderId);

        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(bob.get("/api/orders?page=0&size=100").body()).doesNotContain(Long.toString(orderId));
        JsonNode mine = buyer.get("/api/orders?page=0&size=5").json();
        assertThat(mine.get("items").get(0).get("orderId").asText()).isEqualTo(Long.toString(orderId));
    }
}
