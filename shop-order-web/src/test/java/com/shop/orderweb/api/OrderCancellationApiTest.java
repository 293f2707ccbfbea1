package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.util.Date;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

class OrderCancellationApiTest extends OrderWebTestBase {

    private static final long ORDER = 9_007_199_254_740_995L; // above 2^53: a JavaScript number would lose digits

    private static OrderView order(long userId, OrderStatus status, PayStatus payStatus, ShippingStatus shipping) {
        return OrderView.builder()
                .orderId(ORDER)
                .userId(userId)
                .orderStatus(status)
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
                .addTime(new Date(1_700_000_000_000L))
                .confirmTime(new Date(1_700_000_001_000L))
                .build();
    }

    private ResultActions cancel(long userId) throws Exception {
        return mvc.perform(post("/api/orders/" + ORDER + "/cancel").header(HttpHeaders.AUTHORIZATION, bearer(userId)));
    }

    @Test
    void anUnpaidOrderIsCancelledAndShownAsItIsNow() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.CONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        String body = cancel(ALICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER)))
                .andExpect(jsonPath("$.orderStatus").value("CANCELLED"))
                .andExpect(jsonPath("$.payStatus").value("UNPAID"))
                .andExpect(jsonPath("$.cancelReason").value("cancelled by the user"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"payAmount\":40.00", "\"moneyPaid\":20.00");
        assertThat(ORDERS.cancellations()).containsExactly(ORDER);
    }

    @Test
    void aPaidOrderIsRefunded() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.CONFIRMED, PayStatus.PAID, ShippingStatus.NOT_SHIPPED));

        cancel(ALICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderStatus").value("REFUNDED"))
                .andExpect(jsonPath("$.payStatus").value("PAID"));
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"CANCELLED", "INVALID", "REFUNDED"})
    void cancellingAClosedOrderAgainAnswersItUnchanged(OrderStatus status) throws Exception {
        ORDERS.put(order(ALICE, status, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        cancel(ALICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderStatus").value(status.name()));
        cancel(ALICE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderStatus").value(status.name()));
    }

    @Test
    void anotherUsersOrderOrAnUnknownOneIsNotFound() throws Exception {
        ORDERS.put(order(BOB, OrderStatus.CONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        cancel(ALICE)
                .andExpect(problem(404, "ORDER_NOT_FOUND"))
                .andExpect(jsonPath("$.orderStatus").doesNotExist());
        mvc.perform(post("/api/orders/" + (ORDER + 1) + "/cancel").header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
        assertThat(ORDERS.getOrder(BOB, ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aShippedOrderIsAConflictNamingTheOrder() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.CONFIRMED, PayStatus.PAID, ShippingStatus.SHIPPED));

        cancel(ALICE)
                .andExpect(problem(409, "ORDER_STATE_CONFLICT"))
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER)))
                .andExpect(jsonPath("$.detail").value("order " + ORDER + " has been shipped"));
    }

    @Test
    void anOrderStillBeingConfirmedIsAConflict() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.UNCONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));

        cancel(ALICE).andExpect(problem(409, "ORDER_STATE_CONFLICT"));
    }

    @Test
    void anUnreachableOrderServiceIsUnavailable() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.CONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));
        ORDERS.failWith(new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout"));

        cancel(ALICE).andExpect(problem(503, "SERVICE_UNAVAILABLE"));
    }

    @Test
    void anUnreachablePayServiceBehindTheOrderServiceIsUnavailable() throws Exception {
        ORDERS.put(order(ALICE, OrderStatus.CONFIRMED, PayStatus.UNPAID, ShippingStatus.NOT_SHIPPED));
        ORDERS.failWith(new ServiceUnavailableException("the pay service did not answer in time or could not be "
                        + "reached; order " + ORDER + " is unchanged")
                .withOrderId(ORDER));

        cancel(ALICE)
                .andExpect(problem(503, "SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER)));
    }

    @Test
    void cancellingNeedsATokenAndANumericId() throws Exception {
        mvc.perform(post("/api/orders/" + ORDER + "/cancel")).andExpect(problem(401, "UNAUTHENTICATED"));
        mvc.perform(post("/api/orders/abc/cancel").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        assertThat(ORDERS.cancellations()).isEmpty();
    }
}
