package com.shop.api;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.VendingOrderRequest;

/** Orders: confirmation, fulfilment and reading. */
public interface OrderService {

    /**
     * Validates the request against the server's own figures, then spends stock, coupon and balance. On a
     * refusal after the order was created, the order is cancelled, every spent part is given back by the
     * cancel fan-out, and the exception names the cancelled order.
     */
    OrderView confirmOrder(long userId, ConfirmOrderRequest request)
            throws InvalidRequestException, GoodsNotFoundException, PriceMismatchException, InsufficientStockException,
                    CouponUnavailableException, InsufficientBalanceException, IllegalOrderStateException,
                    ServiceUnavailableException;

    /**
     * Confirms an order of one unit from a vending machine, at the machine's price and without shipping fee: the
     * machine's lease and a unit in one of its channels are taken for the order, which is then paid like any other
     * and dispensed once paid. Refusals after the order was created cancel it, as for any order.
     *
     * @throws MachineBusyException the machine is dispensing, or about to, for another order
     */
    OrderView confirmVendingOrder(long userId, VendingOrderRequest request)
            throws InvalidRequestException, MachineNotFoundException, GoodsNotFoundException, MachineBusyException,
                    InsufficientStockException, PriceMismatchException, ServiceUnavailableException;

    /**
     * Cancels the user's order: an unpaid one after closing its payment, a paid and not yet shipped one by refunding
     * it through the payment platform. Stock, coupon and balance come back through the cancel fan-out. Cancelling
     * an order already cancelled or refunded returns it unchanged.
     *
     * @throws IllegalOrderStateException the order is shipped, or otherwise past cancelling
     */
    OrderView cancelOrder(long userId, long orderId)
            throws OrderNotFoundException, IllegalOrderStateException, ServiceUnavailableException;

    /**
     * Ships a confirmed, paid ordinary order not shipped yet, as the operator did. Callers let only operators call it
     * (the web edge's {@code /api/admin/**}).
     *
     * @throws OrderNotFoundException no such order
     * @throws IllegalOrderStateException the order is not paid, shipped already, closed, a vending order (its machine
     *     dispenses it), or its shopper asked for a refund; nothing changed
     */
    OrderView shipOrder(long operatorId, long orderId) throws OrderNotFoundException, IllegalOrderStateException;

    /**
     * The user received their shipped order.
     *
     * @throws OrderNotFoundException no such order, or another user's
     * @throws IllegalOrderStateException the order is not shipped, received already, or a vending order; nothing
     *     changed
     */
    OrderView receiveOrder(long userId, long orderId) throws OrderNotFoundException, IllegalOrderStateException;

    /**
     * Every user's orders, newest first, for operators; only those in {@code status} unless it is null.
     * {@code page} counts from 0.
     */
    OrderPage listAllOrders(int page, int size, OrderStatus status) throws InvalidRequestException;

    /** The order, if it belongs to the user; another user's order does not exist for them. */
    OrderView getOrder(long userId, long orderId) throws OrderNotFoundException;

    /** The user's orders, newest first; {@code page} counts from 0. */
    OrderPage listOrders(long userId, int page, int size) throws InvalidRequestException;
}
