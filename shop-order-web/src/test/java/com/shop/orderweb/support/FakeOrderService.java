package com.shop.orderweb.support;

import com.shop.api.OrderService;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.order.VendingOrderRequest;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders held in memory. Confirmation records what reached it and answers a confirmed order built from the
 * request; ids are above 2^53 like the real ones, and amounts come back with the scale arithmetic gives them
 * (not always two decimals) so tests see the web edge format them.
 */
public class FakeOrderService implements OrderService {

    /** Above JavaScript's largest safe integer (2^53 - 1), as snowflake ids are. */
    public static final long FIRST_ORDER_ID = 7_312_345_678_901_234_567L;

    private final AtomicLong nextId = new AtomicLong(FIRST_ORDER_ID);
    private final Map<Long, OrderView> orders = new ConcurrentHashMap<>();
    private final List<Confirmation> confirmations = new CopyOnWriteArrayList<>();
    private final List<Long> cancellations = new CopyOnWriteArrayList<>();
    private final List<Long> shipments = new CopyOnWriteArrayList<>();
    private final List<AllListing> allListings = new CopyOnWriteArrayList<>();
    private final Failures failures = new Failures();

    public record Confirmation(long userId, ConfirmOrderRequest request) {}

    public record VendingConfirmation(long userId, VendingOrderRequest request) {}

    private final List<VendingConfirmation> vendingConfirmations = new CopyOnWriteArrayList<>();

    public void put(OrderView order) {
        orders.put(order.getOrderId(), order);
    }

    public List<Confirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    public void reset() {
        nextId.set(FIRST_ORDER_ID);
        orders.clear();
        confirmations.clear();
        vendingConfirmations.clear();
        cancellations.clear();
        shipments.clear();
        allListings.clear();
        failures.reset();
    }

    @Override
    public OrderView confirmOrder(long userId, ConfirmOrderRequest request) {
        confirmations.add(new Confirmation(userId, request));
        failures.throwIfFailing();
        BigDecimal goodsAmount = request.getGoodsPrice().multiply(BigDecimal.valueOf(request.getGoodsNumber()));
        BigDecimal couponPaid = request.getCouponId() == null ? BigDecimal.ZERO : new BigDecimal("5.5");
        BigDecimal moneyPaid = request.getMoneyPaid() == null ? BigDecimal.ZERO : request.getMoneyPaid();
        Date now = new Date();
        OrderView order = OrderView.builder()
                .orderId(nextId.getAndIncrement())
                .userId(userId)
                .orderStatus(OrderStatus.CONFIRMED)
                .payStatus(PayStatus.UNPAID)
                .shippingStatus(ShippingStatus.NOT_SHIPPED)
                .goodsId(request.getGoodsId())
                .goodsNumber(request.getGoodsNumber())
                .goodsPrice(request.getGoodsPrice())
                .goodsAmount(goodsAmount)
                .shippingFee(request.getShippingFee())
                .orderAmount(request.getOrderAmount())
                .couponId(request.getCouponId())
                .couponPaid(couponPaid)
                .moneyPaid(moneyPaid)
                .payAmount(request.getOrderAmount().subtract(couponPaid).subtract(moneyPaid))
                .address(request.getAddress())
                .consignee(request.getConsignee())
                .addTime(now)
                .confirmTime(now)
                .build();
        put(order);
        return order;
    }

    public List<VendingConfirmation> vendingConfirmations() {
        return List.copyOf(vendingConfirmations);
    }

    /** One unit at 2.5 (a scale the web edge must format), no shipping, the machine named. */
    @Override
    public OrderView confirmVendingOrder(long userId, VendingOrderRequest request) {
        vendingConfirmations.add(new VendingConfirmation(userId, request));
        failures.throwIfFailing();
        BigDecimal price = new BigDecimal("2.5");
        Date now = new Date();
        OrderView order = OrderView.builder()
                .orderId(nextId.getAndIncrement())
                .userId(userId)
                .orderStatus(OrderStatus.CONFIRMED)
                .payStatus(PayStatus.UNPAID)
                .shippingStatus(ShippingStatus.NOT_SHIPPED)
                .goodsId(request.getGoodsId())
                .goodsNumber(1)
                .goodsPrice(price)
                .goodsAmount(price)
                .shippingFee(BigDecimal.ZERO)
                .orderAmount(price)
                .couponPaid(BigDecimal.ZERO)
                .moneyPaid(BigDecimal.ZERO)
                .payAmount(price)
                .address("Lobby of machine " + request.getInnerCode())
                .consignee("vending machine " + request.getInnerCode())
                .innerCode(request.getInnerCode())
                .addTime(now)
                .confirmTime(now)
                .build();
        put(order);
        return order;
    }

    /**
     * The order service's rules as the web edge sees them: unpaid → CANCELLED, paid → REFUNDED, closed orders as they
     * are, shipped or unconfirmed ones refused.
     */
    @Override
    public OrderView cancelOrder(long userId, long orderId) {
        cancellations.add(orderId);
        OrderView order = getOrder(userId, orderId);
        OrderStatus status = order.getOrderStatus();
        if (status == OrderStatus.CANCELLED || status == OrderStatus.INVALID || status == OrderStatus.REFUNDED) {
            return order;
        }
        if (status == OrderStatus.UNCONFIRMED) {
            throw new IllegalOrderStateException("order " + orderId + " is still being confirmed").withOrderId(orderId);
        }
        if (order.getShippingStatus() != ShippingStatus.NOT_SHIPPED) {
            throw new IllegalOrderStateException("order " + orderId + " has been shipped").withOrderId(orderId);
        }
        boolean paid = order.getPayStatus() == PayStatus.PAID;
        order.setOrderStatus(paid ? OrderStatus.REFUNDED : OrderStatus.CANCELLED);
        order.setCancelReason(paid ? "refunded at the user's request" : "cancelled by the user");
        return order;
    }

    public List<Long> cancellations() {
        return List.copyOf(cancellations);
    }

    @Override
    public OrderView getOrder(long userId, long orderId) {
        failures.throwIfFailing();
        OrderView order = orders.get(orderId);
        if (order == null || order.getUserId() != userId) {
            throw new OrderNotFoundException("no order " + orderId);
        }
        return order;
    }

    @Override
    public OrderPage listOrders(long userId, int page, int size) {
        failures.throwIfFailing();
        List<OrderView> mine = orders.values().stream()
                .filter(order -> order.getUserId() == userId)
                .sorted(Comparator.comparing(OrderView::getAddTime)
                        .thenComparing(OrderView::getOrderId)
                        .reversed())
                .toList();
        List<OrderView> slice =
                mine.stream().skip((long) page * size).limit(size).toList();
        return new OrderPage(slice, page, size, mine.size());
    }

    public List<Long> shipments() {
        return List.copyOf(shipments);
    }

    /** The order service's rules as the web edge sees them: only a paid ordinary order not shipped yet is shipped. */
    @Override
    public OrderView shipOrder(long operatorId, long orderId) {
        failures.throwIfFailing();
        OrderView order = orders.get(orderId);
        if (order == null) {
            throw new OrderNotFoundException("no order " + orderId);
        }
        if (order.getOrderStatus() != OrderStatus.CONFIRMED
                || order.getPayStatus() != PayStatus.PAID
                || order.getShippingStatus() != ShippingStatus.NOT_SHIPPED
                || order.getInnerCode() != null) {
            throw new IllegalOrderStateException("order " + orderId + " cannot be shipped").withOrderId(orderId);
        }
        shipments.add(orderId);
        order.setShippingStatus(ShippingStatus.SHIPPED);
        return order;
    }

    /** Only the owner's shipped order, once. */
    @Override
    public OrderView receiveOrder(long userId, long orderId) {
        OrderView order = getOrder(userId, orderId);
        if (order.getShippingStatus() != ShippingStatus.SHIPPED) {
            throw new IllegalOrderStateException("order " + orderId + " cannot be received").withOrderId(orderId);
        }
        order.setShippingStatus(ShippingStatus.RECEIVED);
        return order;
    }

    @Override
    public OrderPage listAllOrders(int page, int size, OrderStatus status) {
        failures.throwIfFailing();
        allListings.add(new AllListing(page, size, status));
        List<OrderView> matching = orders.values().stream()
                .filter(order -> status == null || order.getOrderStatus() == status)
                .sorted(Comparator.comparing(OrderView::getAddTime)
                        .thenComparing(OrderView::getOrderId)
                        .reversed())
                .toList();
        List<OrderView> slice =
                matching.stream().skip((long) page * size).limit(size).toList();
        return new OrderPage(slice, page, size, matching.size());
    }

    public record AllListing(int page, int size, OrderStatus status) {}

    public List<AllListing> allListings() {
        return List.copyOf(allListings);
    }
}
