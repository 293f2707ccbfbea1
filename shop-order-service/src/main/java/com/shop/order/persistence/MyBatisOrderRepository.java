package com.shop.order.persistence;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import java.time.Duration;
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
    public boolean confirm(long orderId, boolean paidInFull) {
        return mapper.confirm(orderId, paidInFull) == 1;
    }

    @Override
    public boolean cancel(long orderId, String reason) {
        return mapper.cancel(orderId, reason) == 1;
    }

    @Override
    public boolean markPaid(long orderId, Date paidAt) {
        return mapper.markPaid(orderId, paidAt) == 1;
    }

    @Override
    public boolean cancelUnpaid(long orderId, String reason) {
        return mapper.cancelUnpaid(orderId, reason) == 1;
    }

    @Override
    public boolean invalidateUnpaid(long orderId, String reason) {
        return mapper.invalidateUnpaid(orderId, reason) == 1;
    }

    @Override
    public boolean refund(long orderId, String reason) {
        return mapper.refund(orderId, reason) == 1;
    }

    @Override
    public boolean markShipped(long orderId) {
        return mapper.markShipped(orderId) == 1;
    }

    @Override
    public List<Order> findUnconfirmedOlderThan(Duration age, int limit) {
        return mapper.findUnconfirmedOlderThan(age.toMillis(), limit);
    }
}
