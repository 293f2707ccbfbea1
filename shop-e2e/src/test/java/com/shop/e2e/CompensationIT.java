package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An order that fails at any step of the saga is cancelled and every service gives back exactly what it took,
 * within seconds, through the OrderCancelled fan-out.
 */
class CompensationIT {

    private static final Duration SECONDS = Duration.ofSeconds(20);
    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void failingAtTheStockStepChangesNothing() {
        long goodsId = db.newGoods("30.00", 2);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        BigDecimal balance = db.balanceOf(shopper.id());

        Response refused = buyer.post("/api/orders", order(goodsId, "30.00", 3, couponId, "10.00"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("STOCK_INSUFFICIENT");
        long orderId = Long.parseLong(refused.json().get("orderId").asText());
        assertEverythingAsBefore(orderId, goodsId, 2, couponId, balance);
    }

    @Test
    void failingAtTheCouponStepGivesTheStockBack() {
        long goodsId = db.newGoods("30.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        long holder = orderIdOf(buyer.post("/api/orders", order(goodsId, "30.00", 1, couponId, null)));
        BigDecimal balance = db.balanceOf(shopper.id());

        Response refused = buyer.post("/api/orders", order(goodsId, "30.00", 2, couponId, "10.00"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("COUPON_UNAVAILABLE");
        long orderId = Long.parseLong(refused.json().get("orderId").asText());
        await().atMost(SECONDS)
                .untilAsserted(() -> assertThat(db.stockOf(goodsId)).isEqualTo(9));
        assertThat(db.couponHolder(couponId)).isEqualTo(holder);
        assertThat(db.balanceOf(shopper.id())).isEqualByComparingTo(balance);
        assertThat(db.orderStatus(orderId)).isEqualTo(2);
    }

    @Test
    void failingAtTheBalanceStepGivesStockAndCouponBack() {
        long goodsId = db.newGoods("899.00", 10);
        long couponId = db.newCoupon(shopper.id(), "10.00");
        BigDecimal balance = db.balanceOf(shopper.id());
        String tooMuch = new BigDecimal("1788.00").toPlainString(); // 2 x 899.00 - 10.00, far above the balance

        Response refused = buyer.post("/api/orders", order(goodsId, "899.00", 2, couponId, tooMuch));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("BALANCE_INSUFFICIENT");
        long orderId = Long.parseLong(refused.json().get("orderId").asText());
        assertEverythingAsBefore(orderId, goodsId, 10, couponId, balance);
    }

    @Test
    void failingAtTheConfirmStepGivesEverythingBack() {
        long goodsId = db.newGoods("40.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        BigDecimal balance = db.balanceOf(shopper.id());
        Map<String, Object> body = order(goodsId, "40.00", 2, couponId, "15.00");
        body.put("consignee", ConfirmationFault.CONSIGNEE);

        Response refused;
        try (ConfirmationFault fault = ConfirmationFault.install(db)) {
            refused = buyer.post("/api/orders", body);
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE");
        long orderId = Long.parseLong(refused.json().get("orderId").asText());
        assertEverythingAsBefore(orderId, goodsId, 10, couponId, balance);
    }

    @Test
    void anUnreachableParticipantIsA503AndTheOthersGiveBackWhatTheyTook() {
        long goodsId = db.newGoods("25.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        BigDecimal balance = db.balanceOf(shopper.id());

        Response refused;
        stack.stopApplication("shop-user-service");
        try {
            refused = buyer.post("/api/orders", order(goodsId, "25.00", 1, couponId, "5.00"));
        } finally {
            stack.startApplication("shop-user-service");
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("SERVICE_UNAVAILABLE");
        long orderId = Long.parseLong(refused.json().get("orderId").asText());
        assertEverythingAsBefore(orderId, goodsId, 10, couponId, balance);
    }

    private void assertEverythingAsBefore(long orderId, long goodsId, int stock, long couponId, BigDecimal balance) {
        await().atMost(SECONDS).untilAsserted(() -> {
            assertThat(db.orderStatus(orderId)).as("order state").isEqualTo(2);
            assertThat(db.stockOf(goodsId)).as("stock").isEqualTo(stock);
            assertThat(db.couponHolder(couponId)).as("coupon holder").isNull();
            assertThat(db.balanceOf(shopper.id())).as("balance").isEqualByComparingTo(balance);
        });
    }
}
