package com.shop.pay.application;

import com.shop.pojo.pay.PayChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code shop.pay.callbacks}: the platforms' payment notifications by channel, outcome ({@code accepted},
 * {@code refused}) and reason: {@code paid}, {@code payment-failed} or {@code notice} for an accepted one;
 * {@code invalid} (signature, merchant, format), {@code other-platform}, {@code not-applied} (unknown payment, wrong
 * amount) for a refused one. A notification our own failure left unanswered is not counted: the platform sends it
 * again.
 */
@Component
public class CallbackMeters {

    static final String CALLBACKS = "shop.pay.callbacks";

    private final MeterRegistry meters;

    public CallbackMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void accepted(PayChannel channel, String reason) {
        count(channel, "accepted", reason);
    }

    void refused(PayChannel channel, String reason) {
        count(channel, "refused", reason);
    }

    private void count(PayChannel channel, String outcome, String reason) {
        Counter.builder(CALLBACKS)
                .description("Payment notifications of the platforms, by outcome")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
