package com.shop.order.persistence;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderTransition;
import com.shop.order.domain.PlatformPayment;
import com.shop.pojo.order.OrderStatus;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrderMapper {

    int insert(Order order);

    void lockUserOrders(@Param("userId") long userId);

    /**
     * @return 1 when stored, 0 when the user already has {@code maxUnpaid} orders that {@code confirming} or
     *         {@code paying} may still move
     */
    int insertWithinUnpaidLimit(
            @Param("order") Order order,
            @Param("maxUnpaid") int maxUnpaid,
            @Param("confirming") OrderTransition confirming,
            @Param("paying") OrderTransition paying);

    Order findById(@Param("orderId") long orderId);

    Order findByIdAndUser(@Param("orderId") long orderId, @Param("userId") long userId);

    List<Order> findByUser(@Param("userId") long userId, @Param("offset") long offset, @Param("limit") int limit);

    long countByUser(@Param("userId") long userId);

    /** @return 1 when the order was in a state the transition leaves from and is now confirmed, 0 otherwise */
    int confirm(@Param("order") Order confirmed, @Param("transition") OrderTransition transition);

    /** @return 1 when the order was in a state the transition leaves from and is now paid, 0 otherwise */
    int markPaid(
            @Param("orderId") long orderId,
            @Param("paidAt") Date paidAt,
            @Param("transition") OrderTransition transition);

    int markPaidBy(
            @Param("orderId") long orderId,
            @Param("payment") PlatformPayment payment,
            @Param("transition") OrderTransition transition);

    /** @return 1 when the order was in a state the transition leaves from and is now closed, 0 otherwise */
    int close(
            @Param("orderId") long orderId,
            @Param("transition") OrderTransition transition,
            @Param("reason") String reason);

    /** @return 1 when the order was in a state the transition leaves from and now has its shipping status */
    int moveShipping(@Param("orderId") long orderId, @Param("transition") OrderTransition transition);

    /** @return 1 when the order was in a state the transition leaves from and has its refund asked, 0 otherwise */
    int askRefund(@Param("orderId") long orderId, @Param("transition") OrderTransition transition);

    List<Order> findRecent(
            @Param("status") OrderStatus status, @Param("offset") long offset, @Param("limit") int limit);

    long countRecent(@Param("status") OrderStatus status);

    List<Order> findUnconfirmedAddedBefore(@Param("cutoff") Date cutoff, @Param("limit") int limit);

    List<Long> findPaymentsDueBefore(@Param("now") Date now, @Param("limit") int limit);

    int postponePaymentDeadline(@Param("orderId") long orderId, @Param("now") Date now, @Param("retryAt") Date retryAt);

    List<Order> findAskedRefundsBefore(
            @Param("askedBefore") Date askedBefore,
            @Param("attemptedBefore") Date attemptedBefore,
            @Param("limit") int limit,
            @Param("transition") OrderTransition transition);

    int takeOnAskedRefund(
            @Param("orderId") long orderId,
            @Param("now") Date now,
            @Param("attemptedBefore") Date attemptedBefore,
            @Param("transition") OrderTransition transition);
}
