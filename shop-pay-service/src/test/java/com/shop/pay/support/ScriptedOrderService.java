package com.shop.pay.support;

import com.shop.api.OrderService;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.VendingOrderRequest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** An order provider for service tests: the orders a test put, each visible to its own user only. */
public class ScriptedOrderService implements OrderService {

    private final Map<Long, OrderView> orders = new ConcurrentHashMap<>();
    private final Map<Long, OrderView> afterNextRead = new ConcurrentHashMap<>();

    /** A confirmed, unpaid order of the user, left to pay {@code payAmount}; returns its id. */
    public long confirmedOrder(long userId, String payAmount) {
        return put(userId, OrderStatus.CONFIRMED, PayStatus.UNPAID, payAmount);
    }

    public long put(long userId, OrderStatus status, PayStatus payStatus, String payAmount) {
        long orderId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
        orders.put(
                orderId,
                OrderView.builder()
                        .orderId(orderId)
                        .userId(userId)
                        .orderStatus(status)
                        .payStatus(payStatus)
                        .payAmount(new BigDecimal(payAmount))
                        .build());
        return orderId;
    }

    /** The order is read as it is once more, then becomes {@code status}: it is cancelled while being paid. */
    public void changeAfterNextRead(long orderId, OrderStatus status) {
        OrderView order = orders.get(orderId);
        afterNextRead.put(
                orderId,
                OrderView.builder()
                        .orderId(orderId)
                        .userId(order.getUserId())
                        .orderStatus(status)
                        .payStatus(order.getPayStatus())
                        .payAmount(order.getPayAmount())
                        .build());
    }

    @Override
    public OrderView getOrder(long userId, long orderId) {
        OrderView order = orders.get(orderId);
        if (order == null || order.getUserId() != userId) {
            throw new OrderNotFoundException("no order " + orderId + " of this user");
        }
        OrderView changed = afterNextRead.remove(orderId);
        if (changed != null) {
            orders.put(orderId, changed);
        }
        return order;
    }

    @Override
    public OrderView confirmOrder(long userId, ConfirmOrderRequest request) {
        throw new IllegalStateException("the pay service never confirms orders");
    }

    @Override
    public OrderView confirmVendingOrder(long userId, VendingOrderRequest request) {
        throw new IllegalStateException("the pay service never confirms orders");
    }

    @Override
    public OrderView cancelOrder(long userId, long orderId) {
        throw new IllegalStateException("the pay service never cancels orders");
    }

    @Override
    public OrderPage listOrders(long userId, int page, int size) {
        throw new IllegalStateException("the pay service never lists orders");
    }

    @Override
    public OrderView shipOrder(long operatorId, long orderId) {
        throw new IllegalStateException("the pay service never ships orders");
    }

    @Override
    public OrderView receiveOrder(long userId, long orderId) {
        throw new IllegalStateException("the pay service never receives orders");
    }

    @Override
    public OrderPage listAllOrders(int page, int size, OrderStatus status) {
        throw new IllegalStateException("the pay service never lists orders");
    }
}
