package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests get a clear problem answer and change nothing anywhere. */
class BadInputIT {

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);
    private long goodsId;
    private long couponId;
    private long ordersBefore;
    private BigDecimal balanceBefore;

    @BeforeEach
    void remember() {
        goodsId = db.newGoods("50.00", 10);
        couponId = db.newCoupon(shopper.id(), "5.00");
        ordersBefore = db.orderCount(shopper.id());
        balanceBefore = db.balanceOf(shopper.id());
    }

    @AfterEach
    void nothingChanged() {
        assertThat(db.orderCount(shopper.id())).as("orders of buyer").isEqualTo(ordersBefore);
        assertThat(db.stockOf(goodsId)).isEqualTo(10);
        assertThat(db.couponHolder(couponId)).isNull();
        assertThat(db.balanceOf(shopper.id())).isEqualByComparingTo(balanceBefore);
        stack.invariantsHold();
    }

    @Test
    void missingOrOutOfRangeFieldsAre400() {
        assertRefused(400, "INVALID_REQUEST", body -> body.remove("goodsId"));
        assertRefused(400, "INVALID_REQUEST", body -> body.remove("address"));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("consignee", " "));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("goodsNumber", 0));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("goodsNumber", -3));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("goodsNumber", 1_000_000));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("moneyPaid", new BigDecimal("-5.00")));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("goodsPrice", new BigDecimal("-50.00")));
        assertRefused(400, "INVALID_REQUEST", body -> body.put("orderAmount", new BigDecimal("60.001")));
    }

    @Test
    void malformedJsonIs400() {
        Response response = buyer.postRaw("/api/orders", "{\"goodsId\": 1001, \"goodsNumber\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_REQUEST");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void unknownGoodsIs404() {
        assertRefused(404, "GOODS_NOT_FOUND", body -> body.put("goodsId", 987_654_321_012L));
    }

    @Test
    void figuresThatDisagreeWithTheServerAre409PriceMismatch() {
        assertRefused(409, "PRICE_MISMATCH", body -> body.put("goodsPrice", new BigDecimal("45.00")));
        assertRefused(409, "PRICE_MISMATCH", body -> body.put("shippingFee", new BigDecimal("0.00")));
        assertRefused(409, "PRICE_MISMATCH", body -> body.put("orderAmount", new BigDecimal("59.00")));
        // coupon 5.00 + balance 60.00 exceed the order amount of 60.00: the pay amount would be negative
        assertRefused(409, "PRICE_MISMATCH", body -> {
            body.put("couponId", couponId);
            body.put("moneyPaid", new BigDecimal("60.00"));
        });
    }

    @Test
    void someoneElsesCouponIs409CouponUnavailable() {
        long bobsCoupon = db.newCoupon(OrderFlows.BOB, "5.00");
        assertRefused(409, "COUPON_UNAVAILABLE", body -> body.put("couponId", bobsCoupon));
        assertThat(db.couponHolder(bobsCoupon)).isNull();
    }

    private void assertRefused(int status, String code, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = order(goodsId, "50.00", 1, null, null);
        breakIt.accept(body);

        Response response = buyer.post("/api/orders", body);

        assertThat(response.status()).as(body + " → " + response).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.json().has("orderId")).as("no order was created").isFalse();
    }
}
