package com.shop.common.tracing;

import io.micrometer.tracing.BaggageInScope;
import io.micrometer.tracing.Tracer;

/**
 * The ids one order's log lines are found by, as trace baggage: set where an id first becomes known (a web edge, a
 * provider, a listener that decoded its event), they travel with the trace over HTTP, Dubbo and RocketMQ and stand in
 * every log line of the trace in every application ({@code management.tracing.baggage.*}, the log pattern of
 * shop-defaults.yml). Without a tracer (a unit test) they do nothing.
 */
public class Correlation {

    /** The baggage field, and the log pattern's MDC key, of an order's id. */
    public static final String ORDER_ID = "orderId";
    /** The baggage field, and the log pattern's MDC key, of a payment's id. */
    public static final String PAY_ID = "payId";

    private static final Correlation NONE = new Correlation(null);

    private final Tracer tracer;

    public Correlation(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A correlation that records nothing: for code run without a tracer. */
    public static Correlation none() {
        return NONE;
    }

    /** The order's id on this thread's trace, until the scope closes. */
    public Scope orderId(Object orderId) {
        return put(ORDER_ID, orderId);
    }

    /** The payment's id on this thread's trace, until the scope closes. */
    public Scope payId(Object payId) {
        return put(PAY_ID, payId);
    }

    private Scope put(String field, Object value) {
        if (tracer == null || value == null) {
            return Scope.NOTHING;
        }
        BaggageInScope baggage = tracer.createBaggageInScope(field, value.toString());
        return baggage::close;
    }

    /** Ends what a correlation put on the trace; closing it throws nothing. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        Scope NOTHING = () -> {};

        @Override
        void close();
    }
}
