package com.shop.e2e;

import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shopper signs up through shop-order-web, logs in with the new account, finds the welcome coupon the coupon service
 * issued on hearing of the account, and spends it on an order, against the whole suite as processes.
 */
class SignUpIT {

    private static final String PASSWORD = "a cup of tea at five";

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final ShopClient anonymous = ShopClient.anonymous(stack.orderWebUrl());

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void aNewShopperLogsInFindsTheWelcomeCouponAndSpendsItOnAnOrder() {
        String name = "e2e." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);

        Response signedUp = anonymous.post(
                "/api/auth/register", Map.of("username", name, "password", PASSWORD, "mobile", "13800009999"));
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(signedUp.location()).endsWith("/api/users/me");
        assertThat(signedUp.json().get("userName").asText()).isEqualTo(name);
        assertThat(signedUp.json().get("token").asText()).isNotBlank();
        long userId = signedUp.json().get("userId").asLong();

        Response taken =
                anonymous.post("/api/auth/register", Map.of("username", name.toUpperCase(), "password", PASSWORD));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");

        ShopClient shopper = stack.login(name, PASSWORD);
        JsonNode me = shopper.get("/api/users/me").json();
        assertThat(me.get("userId").asLong()).isEqualTo(userId);
        assertThat(me.get("balance").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode coupon = await().atMost(Duration.ofSeconds(30))
                .until(() -> shopper.get("/api/coupons").json(), coupons -> coupons.size() > 0);
        assertThat(coupon).hasSize(1);
        assertThat(coupon.get(0).get("couponPrice").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(coupon.get(0).get("used").asBoolean()).isFalse();
        long couponId = coupon.get(0).get("couponId").asLong();

        long goodsId = db.newGoods("20.00", 10);
        Response confirmed = shopper.post("/api/orders", order(goodsId, "20.00", 1, couponId, null));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("couponPaid").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(confirmed.json().get("payAmount").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(db.couponHolder(couponId)).isEqualTo(orderIdOf(confirmed));
        assertThat(shopper.get("/api/coupons").json()).hasSize(1);
    }

    @Test
    void aWeakPasswordCreatesNothing() {
        String name = "e2e." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);

        Response refused = anonymous.post("/api/auth/register", Map.of("username", name, "password", "12345678"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
        assertThat(db.single("shop_user", "SELECT COUNT(*) FROM trade_user WHERE user_name = ?", name))
                .isEqualTo(0L);
    }
}
