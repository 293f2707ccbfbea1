package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.FakeOrderService.AllListing;
import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

/** The back office's orders (operators only) and the shopper's receipt. */
class FulfilmentApiTest extends OrderWebTestBase {

    private static final long ORDER = 9_007_199_254_740_995L; // above 2^53: a JavaScript number would lose digits

    private static OrderView order(long orderId, long userId, PayStatus payStatus, ShippingStatus shipping) {
        return OrderView.builder()
                .orderId(orderId)
                .userId(userId)
                .orderStatus(OrderStatus.CONFIRMED)
                .payStatus(payStatus)
                .shippingStatus(shipping)
                .goodsId(1L)
                .goodsNumber(2)
                .goodsPrice(new BigDecimal("25"))
                .goodsAmount(new BigDecimal("50"))
                .shippingFee(new BigDecimal("10"))
                .orderAmount(new BigDecimal("60"))
                .couponPaid(BigDecimal.ZERO)
                .moneyPaid(new BigDecimal("20"))
                .payAmount(new BigDecimal("40"))
                .address("1 Main Street")
                .consignee("Alice")
                .addTime(new Date(1_700_000_000_000L + orderId % 1000))
                .confirmTime(new Date(1_700_000_001_000L))
                .build();
    }

    private ResultActions ship(String authorization) throws Exception {
        return mvc.perform(
                post("/api/admin/orders/" + ORDER + "/ship").header(HttpHeaders.AUTHORIZATION, authorization));
    }

    private ResultActions receive(long userId) throws Exception {
        return mvc.perform(post("/api/orders/" + ORDER + "/receive").header(HttpHeaders.AUTHORIZATION, bearer(userId)));
    }

    @Test
    void anOperatorShipsAPaidOrder() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.NOT_SHIPPED));

        ship(operatorBearer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER)))
                .andExpect(jsonPath("$.shippingStatus").value("SHIPPED"))
                .andExpect(jsonPath("$.userId").value(ALICE));

        assertThat(ORDERS.shipments()).containsExactly(ORDER);
    }

    @Test
    void aShopperCannotShipEvenTheirOwnOrder() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.NOT_SHIPPED));

        ship(bearer(ALICE)).andExpect(problem(403, "FORBIDDEN"));
        mvc.perform(post("/api/admin/orders/" + ORDER + "/ship")).andExpect(problem(401, "UNAUTHENTICATED"));

        assertThat(ORDERS.shipments()).isEmpty();
    }

    @Test
    void shippingAnUnpaidOrderIsAConflictAndAnUnknownOneIsNotFound() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        ship(operatorBearer())
                .andExpect(problem(409, "ORDER_STATE_CONFLICT"))
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER)));
        mvc.perform(post("/api/admin/orders/" + (ORDER + 1) + "/ship")
                        .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
        mvc.perform(post("/api/admin/orders/not-a-number/ship").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(ORDERS.shipments()).isEmpty();
    }

    @Test
    void theOwnerReceivesAShippedOrderOnce() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.SHIPPED));

        receive(ALICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shippingStatus").value("RECEIVED"));
        receive(ALICE).andExpect(problem(409, "ORDER_STATE_CONFLICT"));
    }

    @Test
    void anotherUsersOrderIsNotFoundAndAnUnshippedOneIsAConflict() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.NOT_SHIPPED));

        receive(BOB).andExpect(problem(404, "ORDER_NOT_FOUND"));
        receive(ALICE).andExpect(problem(409, "ORDER_STATE_CONFLICT"));
    }

    @Test
    void aShippedOrderIsNotCancelled() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.SHIPPED));

        mvc.perform(post("/api/orders/" + ORDER + "/cancel").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(409, "ORDER_STATE_CONFLICT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("shipped")));
    }

    @Test
    void anOperatorListsEveryUsersOrdersNewestFirst() throws Exception {
        ORDERS.put(order(ORDER, ALICE, PayStatus.PAID, ShippingStatus.NOT_SHIPPED));
        ORDERS.put(order(ORDER + 1, BOB, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        mvc.perform(get("/api/admin/orders").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].orderId").value(Long.toString(ORDER + 1)))
                .andExpect(jsonPath("$.items[0].userId").value(BOB))
                .andExpect(jsonPath("$.items[1].userId").value(ALICE))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/admin/orders?page=1&size=1&status=CONFIRMED")
                        .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].orderId").value(Long.toString(ORDER)));

        assertThat(ORDERS.allListings())
                .containsExactly(new AllListing(0, 20, null), new AllListing(1, 1, OrderStatus.CONFIRMED));
    }

    @Test
    void theListingIsTheOperatorsOnly() throws Exception {
        mvc.perform(get("/api/admin/orders")).andExpect(problem(401, "UNAUTHENTICATED"));
        mvc.perform(get("/api/admin/orders").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"));

        assertThat(ORDERS.allListings()).isEmpty();
    }

    @Test
    void badListingParametersAreRefusedBeforeTheService() throws Exception {
        for (String query : new String[] {"status=SHIPPED", "size=0", "size=101", "page=-1"}) {
            mvc.perform(get("/api/admin/orders?" + query).header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                    .andExpect(problem(400, "INVALID_REQUEST"));
        }

        assertThat(ORDERS.allListings()).isEmpty();
    }
}
