package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.orderweb.support.FakeOrderService;
import com.shop.orderweb.support.FakeOrderService.Confirmation;
import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.order.ConfirmOrderRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class OrderConfirmationApiTest extends OrderWebTestBase {

    private static final Object ABSENT = new Object();
    private static final long CANCELLED_ORDER = 7_312_345_678_901_234_000L;

    @Autowired
    private ObjectMapper json;

    private static Map<String, Object> validOrder() {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("goodsId", 1);
        order.put("goodsNumber", 2);
        order.put("goodsPrice", 25);
        order.put("shippingFee", new BigDecimal("10.00"));
        order.put("orderAmount", new BigDecimal("60.00"));
        order.put("couponId", 11);
        order.put("moneyPaid", new BigDecimal("20.00"));
        order.put("address", "1 Main Street");
        order.put("consignee", "Alice");
        return order;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> order = validOrder();
        if (value == ABSENT) {
            order.remove(field);
        } else {
            order.put(field, value);
        }
        return order;
    }

    private ResultActions confirm(long userId, Object body) throws Exception {
        String content = body instanceof String raw ? raw : json.writeValueAsString(body);
        return mvc.perform(post("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, bearer(userId))
                .contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }

    @Test
    void aConfirmedOrderIsCreatedWithItsLocation() throws Exception {
        String orderId = Long.toString(FakeOrderService.FIRST_ORDER_ID);

        String body = confirm(ALICE, validOrder())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/orders/" + orderId))
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.userId").value(ALICE))
                .andExpect(jsonPath("$.orderStatus").value("CONFIRMED"))
                .andExpect(jsonPath("$.payStatus").value("UNPAID"))
                .andExpect(jsonPath("$.shippingStatus").value("NOT_SHIPPED"))
                .andExpect(jsonPath("$.goodsId").value(1))
                .andExpect(jsonPath("$.goodsNumber").value(2))
                .andExpect(jsonPath("$.couponId").value(11))
                .andExpect(jsonPath("$.address").value("1 Main Street"))
                .andExpect(jsonPath("$.consignee").value("Alice"))
                .andExpect(jsonPath("$.addTime")
                        .value(org.hamcrest.Matchers.matchesPattern(
                                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // the id is a JSON string (exact beyond 2^53), every amount a JSON number with two decimals
        assertThat(body)
                .contains("\"orderId\":\"" + orderId + "\"")
                .contains(
                        "\"goodsPrice\":25.00",
                        "\"goodsAmount\":50.00",
                        "\"shippingFee\":10.00",
                        "\"orderAmount\":60.00",
                        "\"couponPaid\":5.50",
                        "\"moneyPaid\":20.00",
                        "\"payAmount\":34.50");
        ConfirmOrderRequest sent = ORDERS.confirmations().get(0).request();
        assertThat(sent.getGoodsId()).isEqualTo(1L);
        assertThat(sent.getGoodsNumber()).isEqualTo(2);
        assertThat(sent.getGoodsPrice()).isEqualByComparingTo("25");
        assertThat(sent.getShippingFee()).isEqualByComparingTo("10");
        assertThat(sent.getOrderAmount()).isEqualByComparingTo("60");
        assertThat(sent.getCouponId()).isEqualTo(11L);
        assertThat(sent.getMoneyPaid()).isEqualByComparingTo("20");
        assertThat(sent.getAddress()).isEqualTo("1 Main Street");
        assertThat(sent.getConsignee()).isEqualTo("Alice");
    }

    @Test
    void couponAndBalanceAreOptional() throws Exception {
        Map<String, Object> order = validOrder();
        order.remove("couponId");
        order.remove("moneyPaid");

        String body = confirm(ALICE, order)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.couponId").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        ConfirmOrderRequest sent = ORDERS.confirmations().get(0).request();
        assertThat(sent.getCouponId()).isNull();
        assertThat(sent.getMoneyPaid()).isNull();
        assertThat(body).contains("\"couponPaid\":0.00", "\"moneyPaid\":0.00", "\"payAmount\":60.00");
    }

    @Test
    void theOrderIsTheTokensUserWhateverTheBodySays() throws Exception {
        confirm(ALICE, with("userId", BOB))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userId").value(ALICE));

        assertThat(ORDERS.confirmations()).extracting(Confirmation::userId).containsExactly(ALICE);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("goodsId", ABSENT),
                Arguments.of("goodsId", null),
                Arguments.of("goodsId", 0),
                Arguments.of("goodsId", -1),
                Arguments.of("goodsNumber", ABSENT),
                Arguments.of("goodsNumber", 0),
                Arguments.of("goodsNumber", -3),
                Arguments.of("goodsNumber", 1000),
                Arguments.of("goodsPrice", ABSENT),
                Arguments.of("goodsPrice", new BigDecimal("-0.01")),
                Arguments.of("goodsPrice", new BigDecimal("1.234")),
                Arguments.of("goodsPrice", new BigDecimal("123456789.00")),
                Arguments.of("shippingFee", ABSENT),
                Arguments.of("shippingFee", new BigDecimal("-1")),
                Arguments.of("orderAmount", ABSENT),
                Arguments.of("orderAmount", new BigDecimal("0.001")),
                Arguments.of("orderAmount", new BigDecimal("100000000")),
                Arguments.of("couponId", 0),
                Arguments.of("couponId", -5),
                Arguments.of("moneyPaid", new BigDecimal("-0.01")),
                Arguments.of("moneyPaid", new BigDecimal("1.001")),
                Arguments.of("address", ABSENT),
                Arguments.of("address", ""),
                Arguments.of("address", "   "),
                Arguments.of("address", "a".repeat(256)),
                Arguments.of("consignee", ABSENT),
                Arguments.of("consignee", ""),
                Arguments.of("consignee", "b".repeat(65)),
                // wrong JSON types
                Arguments.of("goodsNumber", "two"),
                Arguments.of("goodsNumber", 1.5),
                Arguments.of("goodsId", new int[] {1}),
                Arguments.of("goodsId", new BigDecimal("1e30")),
                Arguments.of("goodsPrice", "abc"),
                Arguments.of("address", Map.of("street", "Main")),
                Arguments.of("consignee", new String[] {"Alice"}));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void anInvalidFieldNeverReachesTheOrderService(String field, Object value) throws Exception {
        confirm(ALICE, with(field, value)).andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(ORDERS.confirmations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "{", "null", "[]", "42", "not json", "{\"goodsId\":1,}", "{\"goodsId\":1 \"goodsNumber\":2}"
            })
    void malformedJsonIsInvalid(String body) throws Exception {
        confirm(ALICE, body).andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(ORDERS.confirmations()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/orders")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("goodsId=1"))
                .andExpect(problem(415, "UNSUPPORTED_MEDIA_TYPE"));

        assertThat(ORDERS.confirmations()).isEmpty();
    }

    @Test
    void anAbsurdlyLargeBodyIsRefusedUnread() throws Exception {
        confirm(ALICE, with("address", "x".repeat(20_000))).andExpect(problem(413, "PAYLOAD_TOO_LARGE"));

        assertThat(ORDERS.confirmations()).isEmpty();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new InsufficientStockException("only 1 left"), 409, "STOCK_INSUFFICIENT"),
                Arguments.of(new CouponUnavailableException("coupon already used"), 409, "COUPON_UNAVAILABLE"),
                Arguments.of(new InsufficientBalanceException("balance too low"), 409, "BALANCE_INSUFFICIENT"),
                Arguments.of(new PriceMismatchException("price changed"), 409, "PRICE_MISMATCH"),
                Arguments.of(new IllegalOrderStateException("cancelled meanwhile"), 409, "ORDER_STATE_CONFLICT"),
                Arguments.of(new ServiceUnavailableException("coupon service timed out"), 503, "SERVICE_UNAVAILABLE"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusals")
    void aRefusalNamesItsCodeAndTheCancelledOrder(ShopException refusal, int status, String code) throws Exception {
        ORDERS.failWith(refusal.withOrderId(CANCELLED_ORDER));

        String body = confirm(ALICE, validOrder())
                .andExpect(problem(status, code))
                .andExpect(jsonPath("$.orderId").value(Long.toString(CANCELLED_ORDER)))
                .andExpect(jsonPath("$.detail").value(refusal.getMessage()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"orderId\":\"" + CANCELLED_ORDER + "\"");
    }

    @Test
    void aRefusalBeforeAnyOrderWasCreatedNamesNoOrder() throws Exception {
        ORDERS.failWith(new PriceMismatchException("orderAmount should be 60.00"));

        confirm(ALICE, validOrder())
                .andExpect(problem(409, "PRICE_MISMATCH"))
                .andExpect(jsonPath("$.orderId").doesNotExist());
    }

    @Test
    void unknownGoodsIsNotFound() throws Exception {
        ORDERS.failWith(new GoodsNotFoundException("no goods 1"));

        confirm(ALICE, validOrder()).andExpect(problem(404, "GOODS_NOT_FOUND"));
    }

    @Test
    void aRequestTheServiceFindsInvalidIsInvalid() throws Exception {
        ORDERS.failWith(new InvalidRequestException("moneyPaid exceeds the order amount"));

        confirm(ALICE, validOrder()).andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void anUnreachableOrderServiceIsUnavailable() throws Exception {
        ORDERS.failWith(new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout"));

        confirm(ALICE, validOrder())
                .andExpect(problem(503, "SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("timeout"))));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithACorrelationIdAndNoInternals() throws Exception {
        ORDERS.failWith(new IllegalStateException("connection to db-7.internal refused, password hunter2"));

        String body = confirm(ALICE, validOrder())
                .andExpect(problem(500, "INTERNAL_ERROR"))
                .andExpect(jsonPath("$.correlationId")
                        .value(org.hamcrest.Matchers.matchesPattern(
                                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("hunter2", "db-7", "IllegalStateException", "java.", "\tat ", "trace");
    }
}
