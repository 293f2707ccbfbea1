package com.shop.order.rpc;

import com.shop.api.OrderService;
import com.shop.order.application.OrderCancellation;
import com.shop.order.application.OrderListing;
import com.shop.order.application.OrderQueries;
import com.shop.order.application.OrderReceipt;
import com.shop.order.application.OrderShipping;
import com.shop.order.application.PlaceOrderCommand;
import com.shop.order.application.PlaceOrderSaga;
import com.shop.order.application.VendingOrderCommand;
import com.shop.order.domain.Order;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.VendingOrderRequest;
import org.springframework.stereotype.Component;

/**
 * Dubbo adapter of the order capability: maps between the wire types and the application services.
 *
 * <p>Exported by {@link RemoteServices} with the timeout callers inherit, the confirmation's budget
 * ({@code shop.order.calls.confirm-budget}).
 */
@Component
public class OrderServiceProvider implements OrderService {

    private final PlaceOrderSaga saga;
    private final OrderCancellation cancellation;
    private final OrderQueries queries;
    private final OrderShipping shipping;
    private final OrderReceipt receipt;

    public OrderServiceProvider(
            PlaceOrderSaga saga,
            OrderCancellation cancellation,
            OrderQueries queries,
            OrderShipping shipping,
            OrderReceipt receipt) {
        this.saga = saga;
        this.cancellation = cancellation;
        this.queries = queries;
        this.shipping = shipping;
        this.receipt = receipt;
    }

    @Override
    public OrderView confirmOrder(long userId, ConfirmOrderRequest request) {
        return toView(saga.placeOrder(toCommand(userId, request == null ? new ConfirmOrderRequest() : request)));
    }

    @Override
    public OrderView confirmVendingOrder(long userId, VendingOrderRequest request) {
        VendingOrderRequest asked = request == null ? new VendingOrderRequest() : request;
        return toView(
                saga.placeVendingOrder(new VendingOrderCommand(userId, asked.getInnerCode(), asked.getGoodsId())));
    }

    @Override
    public OrderView cancelOrder(long userId, long orderId) {
        return toView(cancellation.cancel(userId, orderId));
    }

    @Override
    public OrderView getOrder(long userId, long orderId) {
        return toView(queries.getOrder(userId, orderId));
    }

    @Override
    public OrderView shipOrder(long operatorId, long orderId) {
        return toView(shipping.ship(operatorId, orderId));
    }

    @Override
    public OrderView receiveOrder(long userId, long orderId) {
        return toView(receipt.receive(userId, orderId));
    }

    @Override
    public OrderPage listAllOrders(int page, int size, OrderStatus status) {
        return toPage(queries.listRecentOrders(page, size, status));
    }

    @Override
    public OrderPage listOrders(long userId, int page, int size) {
        return toPage(queries.listOrders(userId, page, size));
    }

    private static OrderPage toPage(OrderListing listing) {
        return new OrderPage(
                listing.orders().stream().map(OrderServiceProvider::toView).toList(),
                listing.page(),
                listing.size(),
                listing.total());
    }

    private static PlaceOrderCommand toCommand(long userId, ConfirmOrderRequest request) {
        return new PlaceOrderCommand(
                userId,
                request.getGoodsId(),
                request.getGoodsNumber(),
                request.getGoodsPrice(),
                request.getShippingFee(),
                request.getOrderAmount(),
                request.getCouponId(),
                request.getMoneyPaid(),
                request.getAddress(),
                request.getConsignee());
    }

    private static OrderView toView(Order order) {
        return OrderView.builder()
                .orderId(order.getOrderId())
                .userId(order.getUserId())
                .orderStatus(order.getOrderStatus())
                .payStatus(order.getPayStatus())
                .shippingStatus(order.getShippingStatus())
                .goodsId(order.getGoodsId())
                .innerCode(order.getInnerCode())
                .goodsNumber(order.getGoodsNumber())
                .goodsPrice(order.getGoodsPrice())
                .goodsAmount(order.getGoodsAmount())
                .shippingFee(order.getShippingFee())
                .orderAmount(order.getOrderAmount())
                .couponId(order.getCouponId())
                .couponPaid(order.getCouponPaid())
                .moneyPaid(order.getMoneyPaid())
                .payAmount(order.getPayAmount())
                .address(order.getAddress())
                .consignee(order.getConsignee())
                .cancelReason(order.getCancelReason())
                .addTime(order.getAddTime())
                .confirmTime(order.getConfirmTime())
                .payTime(order.getPayTime())
                .payId(order.getPayId())
                .payChannel(order.getPayChannel())
                .transactionId(order.getTransactionId())
                .build();
    }
}
