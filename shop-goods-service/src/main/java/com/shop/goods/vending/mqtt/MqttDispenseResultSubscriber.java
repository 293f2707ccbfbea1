package com.shop.goods.vending.mqtt;

import com.shop.goods.vending.domain.DispenseResult;
import com.shop.goods.vending.domain.DispenseResultFeed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import lombok.extern.slf4j.Slf4j;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.springframework.context.SmartLifecycle;

/**
 * Receives the machines' dispense results ({@code vm/+/vendout/result}, QoS 2) and hands each to the application,
 * acknowledging it to the broker only after it was applied and its transaction committed. That is what keeps a
 * result from being lost:
 * <ul>
 *   <li>the session is persistent (clean session off, a stable client id), so results sent while the service is
 *       down wait at the broker;</li>
 *   <li>Paho takes a QoS 2 message over from the broker (PUBREC) before handing it on, so it writes it to its state
 *       directory first; a result taken over but not applied when the service stops is handed on again after the
 *       restart, when the broker repeats its release of it;</li>
 *   <li>acknowledgements are manual: the final PUBCOMP is sent only once the result was applied;</li>
 *   <li>a result that cannot be applied (the database is down) is tried a few times, and then thrown: Paho drops the
 *       connection without acknowledging it, reconnects, and the broker delivers it again.</li>
 * </ul>
 * Applying a result twice is harmless: only the first moves the order out of dispensing. A payload that is not a
 * result is logged and acknowledged, as delivering it again would not make it one.
 *
 * <p>It can be stopped and started again: each start opens a new connection to the same persistent session, which
 * finds there whatever the machines sent meanwhile. It tells since when results have been coming in without a break
 * ({@link #receivingSince}): from the subscription confirmed on the current connection, by which the broker has begun
 * to hand over what it kept, or from the end of the last result that took long to apply, as results are applied one
 * after another and those taken in behind it waited. While one takes long, results are not coming in.
 */
@Slf4j
public class MqttDispenseResultSubscriber implements SmartLifecycle, DispenseResultFeed {

    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    /** A result is applied in milliseconds; one in hand for longer holds up those behind it. */
    private static final Duration STALL = Duration.ofSeconds(1);

    private final Supplier<MqttConnection> connections;
    private final BiConsumer<String, DispenseResult> results;
    private final Clock clock;
    private volatile MqttConnection connection;
    private volatile Subscription subscription;
    /** Since when the result in hand is being applied; null while none is. */
    private volatile Instant applyingSince;
    /** When the last result that took long to apply was done with; null before any did. */
    private volatile Instant flowingSince;

    /**
     * @param connections opens a connection to the subscriber's persistent session, once per start
     * @param results     applies a machine's result; throws when it could not
     */
    public MqttDispenseResultSubscriber(
            Supplier<MqttConnection> connections, BiConsumer<String, DispenseResult> results, Clock clock) {
        this.connections = connections;
        this.results = results;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        MqttConnection starting = connections.get();
        connection = starting;
        subscription = null;
        // subscribing at every connection restores the subscription should the broker have lost the session
        starting.start(() -> subscribe(starting), (topic, message) -> resultArrived(starting, topic, message));
    }

    private void subscribe(MqttConnection on) {
        long connectionNumber = on.connectionNumber();
        on.subscribe(
                MachineProtocol.RESULT_SUBSCRIPTION,
                MachineProtocol.QOS,
                () -> subscription = new Subscription(on, connectionNumber, clock.instant()));
    }

    /**
     * True once the broker confirmed the subscription and while connected. The session is persistent, so what
     * machines send while this is false waits at the broker.
     */
    public boolean isReceiving() {
        return receivingSince().isPresent();
    }

    /** When the subscription on the current connection was confirmed; empty without one, or while disconnected. */
    @Override
    public Optional<Instant> receivingSince() {
        MqttConnection current = connection;
        Subscription confirmed = subscription;
        if (current == null
                || confirmed == null
                || confirmed.on() != current
                || !current.isConnected()
                || confirmed.connectionNumber() != current.connectionNumber()) {
            return Optional.empty();
        }
        Instant inHandSince = applyingSince;
        if (inHandSince != null && !clock.instant().isBefore(inHandSince.plus(STALL))) {
            return Optional.empty();
        }
        Instant flowing = flowingSince;
        return Optional.of(flowing != null && flowing.isAfter(confirmed.at()) ? flowing : confirmed.at());
    }

    private void resultArrived(MqttConnection from, String topic, MqttMessage message) throws Exception {
        Optional<String> machine = MachineProtocol.machineOfResult(topic);
        Optional<DispenseResult> result = MachineProtocol.result(message.getPayload());
        if (machine.isEmpty() || result.isEmpty()) {
            log.warn(
                    "Dropped a malformed dispense result on {}: {}",
                    topic,
                    new String(message.getPayload(), StandardCharsets.UTF_8));
        } else {
            applyTimed(from, machine.get(), result.get());
        }
        from.acknowledge(message);
    }

    /** Applies the result, noting how long it is in hand (see {@link #receivingSince}). */
    private void applyTimed(MqttConnection from, String innerCode, DispenseResult result) throws InterruptedException {
        Instant started = clock.instant();
        applyingSince = started;
        try {
            applyWithRetries(from, innerCode, result);
        } finally {
            Instant done = clock.instant();
            if (!done.isBefore(started.plus(STALL))) {
                flowingSince = done;
            }
            applyingSince = null;
        }
    }

    private void applyWithRetries(MqttConnection from, String innerCode, DispenseResult result)
            throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                results.accept(innerCode, result);
                return;
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS || !from.isRunning()) {
                    log.error(
                            "Dispense result of order {} from machine {} not applied after {} attempt(s); left "
                                    + "unacknowledged for the broker to deliver again",
                            result.getOrderId(),
                            innerCode,
                            attempt,
                            failure);
                    throw failure;
                }
                log.warn(
                        "Dispense result of order {} from machine {} not applied ({}); trying again in {} ms",
                        result.getOrderId(),
                        innerCode,
                        failure.toString(),
                        backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(5);
            }
        }
    }

    /** Leaves the session, and what machines send from now on, with the broker for the next start. */
    @Override
    public synchronized void stop() {
        MqttConnection current = connection;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public boolean isRunning() {
        MqttConnection current = connection;
        return current != null && current.isRunning();
    }

    /** A subscription the broker confirmed, on which connection, and when. */
    private record Subscription(MqttConnection on, long connectionNumber, Instant at) {}
}
