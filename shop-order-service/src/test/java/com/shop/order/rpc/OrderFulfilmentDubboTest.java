package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.OrderService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.order.OrderServiceTestBase;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** Shipping, receiving and the operator's listing as the web edge calls them, over the network. */
class OrderFulfilmentDubboTest extends OrderServiceTestBase {

    private static final long OPERATOR = 3;

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 30_000)
    OrderService orderService;

    @Test
    void aPaidOrderIsShippedThenReceivedAndCanNoLongerBeCancelled() {
        OrderView placed = paid(placeOrder());
        long orderId = placed.getOrderId();

        OrderView shipped = orderService.shipOrder(OPERATOR, orderId);

        assertThat(shipped.getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
        IllegalOrderStateException cancel = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.cancelOrder(placed.getUserId(), orderId));
        assertThat(cancel.getCode()).isEqualTo(IllegalOrderStateException.CODE);
        assertThat(cancel.getMessage()).contains("shipped");
        assertThat(participants.payments().callsFor(orderId))
                .as("nothing refunded")
                .isEmpty();

        OrderView received = orderService.receiveOrder(placed.getUserId(), orderId);

        assertThat(received.getShippingStatus()).isEqualTo(ShippingStatus.RECEIVED);
        assertThat(received.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orderRow(orderId)).containsEntry("shipping_status", 3);
        assertThat(timeline(orderId)).containsExactlyInAnyOrder("CONFIRMED", "SHIPPED", "RECEIVED");
        assertThat(outboxRows(orderId)).as("nobody else needs to hear of it").isZero();
    }

    @Test
    void refusalsArriveAsTypedExceptionsAndChangeNothing() {
        OrderView unpaid = placeOrder();
        long orderId = unpaid.getOrderId();

        IllegalOrderStateException unpaidShip =
                catchThrowableOfType(IllegalOrderStateException.class, () -> orderService.shipOrder(OPERATOR, orderId));
        IllegalOrderStateException notShipped = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.receiveOrder(unpaid.getUserId(), orderId));
        OrderNotFoundException unknown =
                catchThrowableOfType(OrderNotFoundException.class, () -> orderService.shipOrder(OPERATOR, newId()));
        paid(unpaid);
        orderService.shipOrder(OPERATOR, orderId);
        OrderNotFoundException othersOrder = catchThrowableOfType(
                OrderNotFoundException.class, () -> orderService.receiveOrder(unpaid.getUserId() + 1, orderId));
        orderService.receiveOrder(unpaid.getUserId(), orderId);
        IllegalOrderStateException again = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.receiveOrder(unpaid.getUserId(), orderId));

        assertThat(unpaidShip.getOrderId()).isEqualTo(orderId);
        assertThat(unpaidShip.getMessage()).contains("only a confirmed, paid order");
        assertThat(notShipped.getOrderId()).isEqualTo(orderId);
        assertThat(unknown).isNotNull();
        assertThat(othersOrder).isNotNull();
        assertThat(again.getCode()).isEqualTo(IllegalOrderStateException.CODE);
        assertThat(timeline(orderId)).containsExactlyInAnyOrder("CONFIRMED", "SHIPPED", "RECEIVED");
    }

    @Test
    void aVendingOrderIsNotShippedByAnOperator() {
        OrderView placed = paid(placeOrder());
        jdbc.update("UPDATE trade_order SET inner_code = '01000028' WHERE order_id = ?", placed.getOrderId());

        IllegalOrderStateException refusal = catchThrowableOfType(
                IllegalOrderStateException.class, () -> orderService.shipOrder(OPERATOR, placed.getOrderId()));

        assertThat(refusal.getMessage()).contains("vending");
        assertThat(orderRow(placed.getOrderId())).containsEntry("shipping_status", 0);
    }

    @Test
    void theOperatorSeesEveryUsersOrdersNewestFirst() {
        OrderView first = placeOrder();
        OrderView second = placeOrder();
        // ahead of the orders of now (other tests may place theirs even further ahead)
        jdbc.update("UPDATE trade_order SET add_time = '2150-01-01' WHERE order_id = ?", first.getOrderId());
        jdbc.update("UPDATE trade_order SET add_time = '2150-01-02' WHERE order_id = ?", second.getOrderId());

        OrderPage page = orderService.listAllOrders(0, 100, OrderStatus.CONFIRMED);

        assertThat(page.getItems())
                .extracting(OrderView::getOrderId)
                .containsSubsequence(second.getOrderId(), first.getOrderId());
        assertThat(page.getItems()).allMatch(order -> order.getOrderStatus() == OrderStatus.CONFIRMED);
        assertThat(page.getTotal()).isGreaterThanOrEqualTo(2);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> orderService.listAllOrders(0, 101, null)))
                .isNotNull();
    }

    private OrderView paid(OrderView order) {
        jdbc.update(
                "UPDATE trade_order SET pay_status = 2, pay_time = NOW(3), pay_deadline = NULL WHERE order_id = ?",
                order.getOrderId());
        return order;
    }

    /** One unit of 20.00 + 10.00 shipping = 30.00, of a user of its own. */
    private OrderView placeOrder() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("20.00", 10);
        return orderService.confirmOrder(
                userId,
                ConfirmOrderRequest.builder()
                        .goodsId(goodsId)
                        .goodsNumber(1)
                        .goodsPrice(new BigDecimal("20.00"))
                        .shippingFee(new BigDecimal("10.00"))
                        .orderAmount(new BigDecimal("30.00"))
                        .moneyPaid(new BigDecimal("0.00"))
                        .address("1 Network Road")
                        .consignee("Remote Tester")
                        .build());
    }
}
