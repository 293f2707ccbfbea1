package com.shop.order.application;

import com.shop.api.exception.ShopException;
import com.shop.order.domain.OrderTransition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The order service's meters: {@code shop.orders.confirmed}, {@code shop.orders.cancelled} by reason (the move that
 * closed the order) and {@code shop.saga.step} (each step of the confirmation saga, by step and outcome). Counters are
 * made once; a step's timer is looked up in the registry's map, no database is asked.
 */
@Component
public class OrderMeters {

    static final String CONFIRMED = "shop.orders.confirmed";
    static final String CANCELLED = "shop.orders.cancelled";
    static final String SAGA_STEP = "shop.saga.step";

    /** The moves that close an order. */
    private static final List<OrderTransition> CLOSING = List.of(
            OrderTransition.CANCEL,
            OrderTransition.CANCEL_UNPAID,
            OrderTransition.INVALIDATE_UNPAID,
            OrderTransition.REFUND);

    private final MeterRegistry meters;
    private final Counter confirmed;
    private final Map<OrderTransition, Counter> cancelled = new EnumMap<>(OrderTransition.class);

    public OrderMeters(MeterRegistry meters) {
        this.meters = meters;
        this.confirmed =
                Counter.builder(CONFIRMED).description("Orders confirmed").register(meters);
        for (OrderTransition closing : CLOSING) {
            cancelled.put(
                    closing,
                    Counter.builder(CANCELLED)
                            .description("Orders closed without being completed, by the move that closed them")
                            .tag("reason", reason(closing))
                            .register(meters));
        }
    }

    void confirmed() {
        confirmed.increment();
    }

    /** A move that closed an order (cancelled, invalidated, refunded). */
    void closed(OrderTransition closing) {
        cancelled.get(closing).increment();
    }

    /**
     * Runs one saga step and times it, by step and outcome: {@code ok}, {@code refused} (a participant's business
     * refusal) or {@code failed} (no answer, an error).
     */
    <T> T timeStep(String step, Supplier<T> run) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            T result = run.get();
            outcome = "ok";
            return result;
        } catch (ShopException refusal) {
            outcome = "refused";
            throw refusal;
        } finally {
            sample.stop(Timer.builder(SAGA_STEP)
                    .description("Steps of the confirmation saga")
                    .tag("step", step)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    /** Why the order was closed, as the move says: a failed confirmation, the shopper, the payment's time, a refund. */
    private static String reason(OrderTransition closing) {
        return switch (closing) {
            case CANCEL -> "confirmation-failed";
            case CANCEL_UNPAID -> "cancelled-unpaid";
            case INVALIDATE_UNPAID -> "payment-timeout";
            case REFUND -> "refunded";
            default -> throw new IllegalArgumentException(closing + " closes no order");
        };
    }
}
