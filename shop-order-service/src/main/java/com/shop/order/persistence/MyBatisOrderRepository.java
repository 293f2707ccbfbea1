package com.shop.order.persistence;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import com.shop.order.domain.OrderTransition;
import com.shop.order.domain.PlatformPayment;
import com.shop.pojo.order.OrderStatus;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisOrderRepository implements OrderRepository {

    private final OrderMapper mapper;

    public MyBatisOrderRepository(OrderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void insert(Order order) {
        if (mapper.insert(order) != 1) {
            throw new IllegalStateException("order " + order.getOrderId() + " was not stored");
        }
    }

    @Override
    public boolean insertWithinUnpaidLimit(Order order, int maxUnpaid) {
        mapper.lockUserOrders(order.getUserId());
        return mapper.insertWithinUnpaidLimit(order, maxUnpaid, OrderTransition.CONFIRM, OrderTransition.MARK_PAID)
                == 1;
    }

    @Override
    public Optional<Order> findById(long orderId) {
        return Optional.ofNullable(mapper.findById(orderId));
    }

    @Override
    public Optional<Order> findByIdAndUser(long orderId, long userId) {
        return Optional.ofNullable(mapper.findByIdAndUser(orderId, userId));
    }

    @Override
    public List<Order> findByUser(long userId, long offset, int limit) {
        return mapper.findByUser(userId, offset, limit);
    }

    @Override
    public long countByUser(long userId) {
        return mapper.countByUser(userId);
    }

    @Override
    public boolean confirm(Order confirmed) {
        return mapper.confirm(confirmed, OrderTransition.CONFIRM) == 1;
    }

    @Override
    public boolean markPaid(long orderId, Date paidAt) {
        return mapper.markPaid(orderId, paidAt, OrderTransition.MARK_PAID) == 1;
    }

    @Override
    public boolean markPaidBy(long orderId, PlatformPayment payment) {
        return mapper.markPaidBy(orderId, payment, OrderTransition.MARK_PAID) == 1;
    }

    @Override
    public boolean close(long orderId, OrderTransition closing, String reason) {
        if (!closing.closes()) {
            throw new IllegalArgumentException(closing + " does not close an order");
        }
        return mapper.close(orderId, closing, reason) == 1;
    }

    @Override
    public boolean markShipped(long orderId) {
        return mapper.moveShipping(orderId, OrderTransition.MARK_SHIPPED) == 1;
    }

    @Override
    public boolean ship(long orderId) {
        return mapper.moveShipping(orderId, OrderTransition.SHIP) == 1;
    }

    @Override
    public boolean receive(long orderId) {
        return mapper.moveShipping(orderId, OrderTransition.RECEIVE) == 1;
    }

    @Override
    public boolean askRefund(long orderId) {
        return mapper.askRefund(orderId, OrderTransition.ASK_REFUND) == 1;
    }

    @Override
    public List<Order> findRecent(OrderStatus status, long offset, int limit) {
        return mapper.findRecent(status, offset, limit);
    }

    @Override
    public long countRecent(OrderStatus status) {
        return mapper.countRecent(status);
    }

    @Override
    public List<Order> findUnconfirmedAddedBefore(Instant cutoff, int limit) {
        return mapper.findUnconfirmedAddedBefore(Date.from(cutoff), limit);
    }

    @Override
    public List<Long> findPaymentsDueBefore(Instant now, int limit) {
        return mapper.findPaymentsDueBefore(Date.from(now), limit);
    }

    @Override
    public boolean postponePaymentDeadline(long orderId, Instant now, Instant retryAt) {
        return mapper.postponePaymentDeadline(orderId, Date.from(now), Date.from(retryAt)) == 1;
    }

    @Override
    public List<Order> findAskedRefundsBefore(Instant askedBefore, Instant attemptedBefore, int limit) {
        return mapper.findAskedRefundsBefore(
                Date.from(askedBefore), Date.from(attemptedBefore), limit, OrderTransition.REFUND);
    }

    @Override
    public boolean takeOnAskedRefund(long orderId, Instant now, Instant attemptedBefore) {
        return mapper.takeOnAskedRefund(orderId, Date.from(now), Date.from(attemptedBefore), OrderTransition.REFUND)
                == 1;
    }
}
