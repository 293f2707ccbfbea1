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
import com.shop.pojo.pay.PayChannel;
import java.math.BigDecimal;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

class OrderQueriesApiTest extends OrderWebTestBase {

    private static final long BASE_ID = 9_007_199_254_740_993L; // 2^53 + 1: a JavaScript number would lose the 1

    private static OrderView order(long orderId, long userId, long addedAtMillis) {
        return OrderView.builder()
                .orderId(orderId)
                .userId(userId)
                .orderStatus(OrderStatus.CANCELLED)
                .payStatus(PayStatus.UNPAID)
                .shippingStatus(ShippingStatus.NOT_SHIPPED)
                .goodsId(1L)
                .goodsNumber(3)
                .goodsPrice(new BigDecimal("9.9"))
                .goodsAmount(new BigDecimal("29.7"))
                .shippingFee(BigDecimal.ZERO)
                .orderAmount(new BigDecimal("29.7"))
                .couponPaid(BigDecimal.ZERO)
                .moneyPaid(new BigDecimal("29.70"))
                .payAmount(new BigDecimal("0"))
                .address("2 Side Street")
                .consignee("Alice")
                .cancelReason("STOCK_INSUFFICIENT")
                .addTime(new Date(addedAtMillis))
                .confirmTime(null)
                .payTime(null)
                .build();
    }

    @Test
    void showsTheCallersOrder() throws Exception {
        ORDERS.put(order(BASE_ID, ALICE, 1_700_000_000_000L));

        String body = mvc.perform(get("/api/orders/" + BASE_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("9007199254740993"))
                .andExpect(jsonPath("$.orderStatus").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("STOCK_INSUFFICIENT"))
                .andExpect(jsonPath("$.addTime").value("2023-11-14T22:13:20Z"))
                .andExpect(jsonPath("$.confirmTime").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .contains(
                        "\"orderId\":\"9007199254740993\"",
                        "\"goodsPrice\":9.90",
                        "\"goodsAmount\":29.70",
                        "\"shippingFee\":0.00",
                        "\"orderAmount\":29.70",
                        "\"couponPaid\":0.00",
                        "\"moneyPaid\":29.70",
                        "\"payAmount\":0.00");
    }

    @Test
    void aPaidOrderShowsThePaymentThatPaidIt() throws Exception {
        OrderView paid = order(BASE_ID, ALICE, 1_700_000_000_000L);
        paid.setOrderStatus(OrderStatus.CONFIRMED);
        paid.setPayStatus(PayStatus.PAID);
        paid.setPayId(BASE_ID + 7);
        paid.setPayChannel(PayChannel.WECHAT);
        paid.setTransactionId("4200001234202611220123456789");
        ORDERS.put(paid);

        mvc.perform(get("/api/orders/" + BASE_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payId").value("9007199254741000"))
                .andExpect(jsonPath("$.channel").value("WECHAT"))
                .andExpect(jsonPath("$.transactionId").value("4200001234202611220123456789"));
    }

    @Test
    void anUnpaidOrderShowsNoPayment() throws Exception {
        ORDERS.put(order(BASE_ID, ALICE, 1_700_000_000_000L));

        mvc.perform(get("/api/orders/" + BASE_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payId").doesNotExist())
                .andExpect(jsonPath("$.channel").doesNotExist())
                .andExpect(jsonPath("$.transactionId").doesNotExist());
    }

    @Test
    void anotherUsersOrderDoesNotExistForTheCaller() throws Exception {
        ORDERS.put(order(BASE_ID, BOB, 1_700_000_000_000L));

        mvc.perform(get("/api/orders/" + BASE_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "ORDER_NOT_FOUND"))
                .andExpect(jsonPath("$.address").doesNotExist());
    }

    @Test
    void anOrderIdThatIsNotANumberIsInvalid() throws Exception {
        mvc.perform(get("/api/orders/abc").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void listsTheCallersOrdersNewestFirstInPages() throws Exception {
        ORDERS.put(order(BASE_ID, ALICE, 1_700_000_000_000L));
        ORDERS.put(order(BASE_ID + 1, ALICE, 1_700_000_001_000L));
        ORDERS.put(order(BASE_ID + 2, ALICE, 1_700_000_002_000L));
        ORDERS.put(order(BASE_ID + 3, BOB, 1_700_000_003_000L));

        mvc.perform(get("/api/orders?page=0&size=2").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].orderId").value(Long.toString(BASE_ID + 2)))
                .andExpect(jsonPath("$.items[1].orderId").value(Long.toString(BASE_ID + 1)));
        mvc.perform(get("/api/orders?page=1&size=2").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].orderId").value(Long.toString(BASE_ID)));
        mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void noOrdersIsAnEmptyPage() throws Exception {
        mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "page=-1", "size=abc", "page=100001", "page=1.5"})
    void pagingOutOfRangeIsInvalid(String query) throws Exception {
        mvc.perform(get("/api/orders?" + query).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }
}
