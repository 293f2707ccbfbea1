package com.shop.order.application;

import com.shop.api.PaymentService;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.order.domain.Order;
import org.springframework.stereotype.Service;

/**
 * The second half of a shopper's cancel with a refund, once the refund is recorded on the order
 * ({@link OrderTransitions#askRefund}): the pay service refunds the payment, then the order moves to refunded. Taken
 * by the cancel and, when the cancel never got that far (the order service died, the pay call timed out), by the
 * {@link AskedRefundSweeper}. Both may take it for one order at once, or take it again: the pay service refunds an
 * order's payment once however often it is asked, and the guarded {@link OrderTransitions#refund} moves the order
 * once.
 *
 * <p>Not transactional: the pay call runs before, and outside, the transaction that moves the order.
 */
@Service
public class AskedRefund {

    /** The shopper asked for it, whoever finishes it: the order's reason and the refund's. */
    static final String REASON = "refunded at the user's request";

    private final PaymentService payments;
    private final OrderTransitions transitions;

    public AskedRefund(PaymentService payments, OrderTransitions transitions) {
        this.payments = payments;
        this.transitions = transitions;
    }

    /**
     * @return false when the order was no longer confirmed and unshipped when it was to be moved (refunded meanwhile)
     * @throws ShopException the pay service refused the refund (nothing paid to refund); the order is unchanged
     * @throws ServiceUnavailableException the pay service did not answer; the order is unchanged
     */
    public boolean finish(Order order) {
        PayServiceCalls.ask(
                "refunding the payment",
                order.getOrderId(),
                () -> payments.refundOrderPayment(order.getOrderId(), REASON));
        return transitions.refund(order, REASON);
    }
}
