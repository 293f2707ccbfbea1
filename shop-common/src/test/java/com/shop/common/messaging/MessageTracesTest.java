package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.common.tracing.Correlation;
import com.shop.pojo.event.OrderCancelled;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trace through the outbox and the real broker: the context the row was written in comes back around the consumer's
 * work, with the order's id it carried as baggage and in the log lines' context.
 */
class MessageTracesTest extends MessagingTestBase {

    private static final String TOPIC = "shop-order";
    private static final String TAG = "MessageTracesTest";
    private static final String GROUP = "message-traces-test";
    private static ReceivedMessages received;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Tracer tracer;

    @Autowired
    Correlation correlation;

    @BeforeAll
    static void subscribe() throws Exception {
        received = ReceivedMessages.subscribe(GROUP, TOPIC, TAG);
    }

    @AfterAll
    static void unsubscribe() {
        received.close();
    }

    @Test
    void theConsumerWorksInTheTraceTheRowWasWrittenInWithItsOrderId() {
        String key = UUID.randomUUID().toString();
        Span writing = tracer.nextSpan().name("writing").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(writing);
                Correlation.Scope order = correlation.orderId(7_312L)) {
            transaction.executeWithoutResult(status -> outbox.append(TOPIC, TAG, key, event()));
        } finally {
            writing.end();
        }
        String traceId = writing.context().traceId();

        assertThat(jdbc.queryForObject(
                        "SELECT trace_context FROM trade_mq_producer_temp WHERE msg_key = ?", String.class, key))
                .contains(traceId)
                .contains("orderId=7312");
        MessageExt message = received.awaitKey(key);
        assertThat(message.getUserProperty("traceparent")).contains(traceId);

        AtomicReference<String> consumedIn = new AtomicReference<>();
        AtomicReference<String> orderId = new AtomicReference<>();
        AtomicReference<String> logged = new AtomicReference<>();
        consumer.traced(
                GROUP,
                message,
                () -> consumer.consume(GROUP, message, OrderCancelled.class, event -> {
                    consumedIn.set(tracer.currentSpan().context().traceId());
                    orderId.set(tracer.getBaggage(Correlation.ORDER_ID).get());
                    logged.set(MDC.get(Correlation.ORDER_ID));
                }));

        assertThat(consumedIn).hasValue(traceId);
        assertThat(orderId).hasValue("7312");
        assertThat(logged).hasValue("7312");
        assertThat(tracer.currentSpan())
                .as("the consumer's span ended with its work")
                .isNull();
    }

    @Test
    void aRowWrittenOutsideATraceIsConsumedInATraceOfItsOwn() {
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> outbox.append(TOPIC, TAG, key, event()));

        assertThat(jdbc.queryForObject(
                        "SELECT trace_context FROM trade_mq_producer_temp WHERE msg_key = ?", String.class, key))
                .isNull();
        MessageExt message = received.awaitKey(key);
        assertThat(message.getUserProperty("traceparent")).isNull();
        AtomicReference<String> traceId = new AtomicReference<>();
        consumer.traced(GROUP, message, () -> traceId.set(MDC.get("traceId")));
        assertThat(traceId.get()).isNotBlank();
    }

    private static OrderCancelled event() {
        return OrderCancelled.builder().orderId(7_312L).build();
    }
}
