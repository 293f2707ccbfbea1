package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.math.BigDecimal;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class OrderTimelineApiTest extends OrderWebTestBase {

    private static final long ORDER_ID = 9_007_199_254_740_993L; // 2^53 + 1: a JavaScript number would lose the 1

    private static OrderView order(long userId) {
        return OrderView.builder()
                .orderId(ORDER_ID)
                .userId(userId)
                .orderStatus(OrderStatus.CONFIRMED)
                .payStatus(PayStatus.PAID)
                .shippingStatus(ShippingStatus.NOT_SHIPPED)
                .goodsId(1L)
                .goodsNumber(2)
                .goodsPrice(new BigDecimal("10"))
                .goodsAmount(new BigDecimal("20"))
                .shippingFee(new BigDecimal("10"))
                .orderAmount(new BigDecimal("30"))
                .couponPaid(BigDecimal.ZERO)
                .moneyPaid(BigDecimal.ZERO)
                .payAmount(new BigDecimal("30"))
                .address("2 Side Street")
                .consignee("Alice")
                .addTime(new Date(1_700_000_000_000L))
                .build();
    }

    private static TrailEntry entry(long millis, TrailKind kind, String name) {
        return TrailEntry.builder().time(new Date(millis)).kind(kind).name(name).build();
    }

    @Test
    void theOwnerSeesEveryServicesPartInTimeOrder() throws Exception {
        ORDERS.put(order(ALICE));
        ORDER_TRAIL.put(
                ORDER_ID,
                entry(1_700_000_000_000L, TrailKind.STEP, "order placed"),
                entry(1_700_000_000_030L, TrailKind.ORDER, "order confirmed"));
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));
        PAY_TRAIL.put(
                ORDER_ID,
                TrailEntry.builder()
                        .time(new Date(1_700_000_001_000L))
                        .kind(TrailKind.PAYMENT)
                        .name("payment succeeded")
                        .amount(new BigDecimal("30"))
                        .build());

        mvc.perform(get("/api/orders/" + ORDER_ID + "/timeline").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("9007199254740993"))
                .andExpect(jsonPath("$.partial").value(false))
                .andExpect(jsonPath("$.unavailable").isEmpty())
                .andExpect(jsonPath("$.entries[*].name")
                        .value(org.hamcrest.Matchers.contains(
                                "order placed", "stock reserved", "order confirmed", "payment succeeded")))
                .andExpect(jsonPath("$.entries[1].service").value("goods"))
                .andExpect(jsonPath("$.entries[1].kind").value("STEP"))
                .andExpect(jsonPath("$.entries[1].time").value("2023-11-14T22:13:20.010Z"))
                .andExpect(jsonPath("$.entries[3].amount").value(30.00))
                .andExpect(jsonPath("$.entries[0].reason").doesNotExist());
    }

    @Test
    void aServiceThatDoesNotAnswerIsOneUnavailableEntryOfAPartialTimeline() throws Exception {
        ORDERS.put(order(ALICE));
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));
        COUPON_TRAIL.failWith(new IllegalStateException("No provider available"));

        mvc.perform(get("/api/orders/" + ORDER_ID + "/timeline").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partial").value(true))
                .andExpect(jsonPath("$.unavailable").value(org.hamcrest.Matchers.contains("coupon")))
                .andExpect(jsonPath("$.entries[*].name")
                        .value(org.hamcrest.Matchers.contains("stock reserved", "coupon unavailable")))
                .andExpect(jsonPath("$.entries[1].kind").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.entries[1].service").value("coupon"));
    }

    @Test
    void anotherShoppersOrderIsNotFoundAndNoServiceIsAsked() throws Exception {
        ORDERS.put(order(ALICE));
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));

        mvc.perform(get("/api/orders/" + ORDER_ID + "/timeline").header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
        assertThat(GOODS_TRAIL.asked()).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() throws Exception {
        mvc.perform(get("/api/orders/" + ORDER_ID + "/timeline").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
    }

    @Test
    void aTimelineNeedsAToken() throws Exception {
        mvc.perform(get("/api/orders/" + ORDER_ID + "/timeline")).andExpect(status().isUnauthorized());
    }

    @Test
    void anOperatorSeesAnyShoppersTimeline() throws Exception {
        ORDERS.put(order(ALICE));
        ORDER_TRAIL.put(ORDER_ID, entry(1_700_000_000_000L, TrailKind.STEP, "order placed"));
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));

        mvc.perform(get("/api/admin/orders/" + ORDER_ID + "/timeline")
                        .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("9007199254740993"))
                .andExpect(jsonPath("$.entries[*].name")
                        .value(org.hamcrest.Matchers.contains("order placed", "stock reserved")));
    }

    @Test
    void anOperatorGetsNotFoundForAnOrderTheOrderServiceDoesNotKnow() throws Exception {
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));

        mvc.perform(get("/api/admin/orders/" + ORDER_ID + "/timeline")
                        .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
    }

    @Test
    void anOperatorStillSeesTheRestWhenTheOrderServiceDoesNotAnswer() throws Exception {
        ORDER_TRAIL.failWith(new IllegalStateException("No provider available"));
        GOODS_TRAIL.put(ORDER_ID, entry(1_700_000_000_010L, TrailKind.STEP, "stock reserved"));

        mvc.perform(get("/api/admin/orders/" + ORDER_ID + "/timeline")
                        .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partial").value(true))
                .andExpect(jsonPath("$.unavailable").value(org.hamcrest.Matchers.contains("order")));
    }

    @Test
    void aShopperIsForbiddenTheOperatorsTimeline() throws Exception {
        ORDERS.put(order(ALICE));

        mvc.perform(get("/api/admin/orders/" + ORDER_ID + "/timeline").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"));
        assertThat(GOODS_TRAIL.asked()).isEmpty();
    }
}
