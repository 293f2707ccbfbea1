package com.shop.api;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import java.util.List;

/** Payments of orders through the payment platform (WeChat Pay v2). */
public interface PaymentService {

    /**
     * Opens the payment of the user's confirmed, unpaid order for the order's pay amount as stored (never a
     * client's figure) and returns what the payer scans. A second call for the same order returns the same open
     * payment.
     *
     * @throws OrderNotFoundException     no such order of this user
     * @throws OrderAlreadyPaidException  the order is paid, or needs no payment (pay amount 0)
     * @throws IllegalOrderStateException the order is cancelled, invalid or refunded
     */
    PaymentView createPayment(long userId, long orderId)
            throws OrderNotFoundException, OrderAlreadyPaidException, IllegalOrderStateException,
                    ServiceUnavailableException;

    /**
     * {@link #createPayment(long, long)} by the given method: a JSAPI trade (with the payer's openid) answers the
     * signed parameters the payer's page pays it with. When the order's open payment was opened by another method and
     * is not paid, it is closed (at the platform first) and a payment by this method opened instead; a payment that
     * reaches the closed one later is refunded.
     *
     * @throws InvalidRequestException JSAPI without a well-formed openid, or an openid with another trade type;
     *                                 nothing is written
     */
    default PaymentView createPayment(long userId, long orderId, PaymentMethod method)
            throws InvalidRequestException, OrderNotFoundException, OrderAlreadyPaidException,
                    IllegalOrderStateException, ServiceUnavailableException {
        // what an implementation that opens only the default method (WeChat Pay NATIVE) can do; the pay service
        // implements every method
        if (method == null || method.equals(PaymentMethod.wechatNative())) {
            return createPayment(userId, orderId);
        }
        throw new InvalidRequestException("only WeChat Pay NATIVE payments can be opened here, not " + method);
    }

    /**
     * The payment, if it belongs to the user; another user's payment does not exist for them. While it is PAYING
     * the platform is asked, and a success found there is applied exactly as its notification would be.
     */
    PaymentView getPayment(long userId, long payId) throws PaymentNotFoundException;

    /**
     * Every payment of the order that belongs to the user, oldest first (a closed one, then the one that replaced
     * it). Another user's order, or an unknown one, has none for them: the list is empty, telling nothing of it.
     * Unlike {@link #getPayment}, nothing is looked up at the platform.
     */
    List<PaymentView> listOrderPayments(long userId, long orderId);

    /**
     * Handles the payment platform's notification (its raw XML body) and returns the XML to answer it with: SUCCESS
     * for a valid notification, also one already processed, and for a genuine report of a failed attempt to pay
     * ({@code result_code} FAIL: recorded on the payment, which stays open, and no money moves); FAIL, changing
     * nothing, for anything else.
     */
    String handleWechatNotification(String notificationXml);

    /**
     * Closes the order's open payment at the platform, so it can no longer be paid (timeout, cancel). When the
     * platform says it was paid meanwhile, the success is applied and {@link PaymentClosure#PAID} returned.
     */
    PaymentClosure closeOrderPayment(long orderId) throws ServiceUnavailableException;

    /**
     * Refunds the paid payment of the order through the platform, all of it and at most once, however often it is
     * called.
     *
     * @throws IllegalOrderStateException the order has no paid payment
     */
    RefundView refundOrderPayment(long orderId, String reason)
            throws IllegalOrderStateException, ServiceUnavailableException;
}
