package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.InsufficientStockException;
import com.shop.order.OrderServiceTestBase;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.math.BigDecimal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The order service's part of an order's trail, asked of its own group over Dubbo. */
class OrderTrailDubboTest extends OrderServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 30_000)
    OrderService orderService;

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.ORDER,
            scope = "remote",
            check = false,
            timeout = 5000)
    OrderTrail trail;

    private static ConfirmOrderRequest request(long goodsId, int number) {
        return ConfirmOrderRequest.builder()
                .goodsId(goodsId)
                .goodsNumber(number)
                .goodsPrice(new BigDecimal("30.00"))
                .shippingFee(new BigDecimal("10.00"))
                .orderAmount(new BigDecimal("100.00"))
                .address("1 Network Road")
                .consignee("Remote Tester")
                .build();
    }

    @Test
    void aConfirmedOrderIsPlacedThenConfirmed() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("30.00", 10);

        OrderView order = orderService.confirmOrder(userId, request(goodsId, 3));

        assertThat(trail.trailOf(order.getOrderId()).getEntries())
                .extracting(TrailEntry::getService, TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(
                        tuple("order", TrailKind.STEP, "order placed"),
                        tuple("order", TrailKind.ORDER, "order confirmed"));
        assertThat(trail.trailOf(order.getOrderId()).getEntries().get(0)).satisfies(placed -> {
            assertThat(placed.getDetail())
                    .startsWith("3 units of goods " + goodsId + ", order amount 100.00")
                    .endsWith("left to pay 100.00");
            assertThat(placed.getAmount()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void aRefusedOrderIsCancelledAndItsCancelIsSent() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("30.00", 2);

        long orderId = catchThrowableOfType(
                        InsufficientStockException.class, () -> orderService.confirmOrder(userId, request(goodsId, 3)))
                .getOrderId();

        List<TrailEntry> entries = trail.trailOf(orderId).getEntries();
        assertThat(entries)
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .contains(tuple(TrailKind.STEP, "order placed"), tuple(TrailKind.ORDER, "order cancelled"));
        assertThat(entries)
                .filteredOn(entry -> entry.getKind() == TrailKind.MESSAGE_SENT)
                .extracting(TrailEntry::getName)
                .containsAnyOf("OrderCancelled sent", "OrderCancelled waiting to be sent");
    }

    @Test
    void anUnknownOrderHasNoEntries() {
        assertThat(trail.trailOf(newId()).getEntries()).isEmpty();
    }
}
