package com.shop.goods.application;

import com.shop.goods.domain.PaidOrderHandler;
import com.shop.pojo.event.PaymentSucceeded;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a paid order to every {@link PaidOrderHandler}, in their {@code @Order}. Ordinary orders need nothing from
 * the goods service once paid (their stock was taken at confirmation), so without handlers this does nothing; the
 * vending machines add theirs.
 */
@Slf4j
@Service
public class PaidOrders {

    private final List<PaidOrderHandler> handlers;

    public PaidOrders(List<PaidOrderHandler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /** Joins the caller's transaction: the consumer log's, so a handler runs once per paid order. */
    @Transactional
    public void orderPaid(PaymentSucceeded payment) {
        log.debug("Order {} paid; {} handler(s)", payment.getOrderId(), handlers.size());
        for (PaidOrderHandler handler : handlers) {
            handler.orderPaid(payment);
        }
    }
}
