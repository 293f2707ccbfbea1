package com.shop.api;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderView;

/** Orders: confirmation and reading. */
public interface OrderService {

    /**
     * Validates the request against the server's own figures, then spends stock, coupon and balance. On a
     * refusal after the order was created, the order is cancelled, every spent part is given back by the
     * cancel fan-out, and the exception names the cancelled order.
     */
    OrderView confirmOrder(long userId, ConfirmOrderRequest request)
            throws InvalidRequestException, GoodsNotFoundException, PriceMismatchException,
            InsufficientStockException, CouponUnavailableException, InsufficientBalanceException,
            IllegalOrderStateException, ServiceUnavailableException;

    /** The order, if it belongs to the user; another user's order does not exist for them. */
    OrderView getOrder(long userId, long orderId) throws OrderNotFoundException;

    /** The user's orders, newest first; {@code page} counts from 0. */
    OrderPage listOrders(long userId, int page, int size) throws InvalidRequestException;
}
