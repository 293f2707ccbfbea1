package com.shop.common.messaging;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.TypeReference;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;

/**
 * A trace carried through the outbox and the broker: the trace context (with its baggage, the order's and payment's
 * ids) is captured when the outbox row is written, kept in the row, sent as the message's user properties (the W3C
 * {@code traceparent} and {@code baggage} headers), and restored around a consumer's work, so a consumer's log lines
 * carry the trace and ids of the change that announced the message. Without a tracer it does nothing.
 */
public class MessageTraces {

    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {};

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTraces(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Carries no trace: for code run without a tracer. */
    public static MessageTraces none() {
        return new MessageTraces(null, null);
    }

    /** @return the current trace's headers as JSON, for the outbox row; null outside a trace */
    public String capture() {
        TraceContext current =
                tracer == null ? null : tracer.currentTraceContext().context();
        if (current == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(current, headers, Map::put);
        return headers.isEmpty() ? null : JSON.toJSONString(headers);
    }

    /** Puts the headers an outbox row kept on its message. */
    public static void carry(String captured, Message message) {
        if (captured == null || captured.isBlank()) {
            return;
        }
        try {
            JSON.parseObject(captured, HEADERS).forEach(message::putUserProperty);
        } catch (JSONException unreadable) {
            // a trace is not worth a message: it goes without one
        }
    }

    /**
     * Runs a consumer's work in a span of the message's trace (a new trace when the message carries none), with the
     * baggage it carried in scope.
     */
    public void consume(MessageExt message, String group, Runnable work) {
        if (tracer == null) {
            work.run();
            return;
        }
        Span span = propagator
                .extract(message, MessageExt::getUserProperty)
                .kind(Span.Kind.CONSUMER)
                .name("consume " + message.getTopic())
                .tag("messaging.consumer.group", group)
                .tag("messaging.message.tag", message.getTags() == null ? "" : message.getTags())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            work.run();
        } catch (RuntimeException failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }
}
