package com.shop.devstack.vending;

import com.shop.infra.VendingTopics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what arrives on the command topics into dispenses and schedules their answers: a real machine takes a moment
 * to turn its motor, and a goods service that only works with instant answers would be tested too kindly.
 */
final class CommandDesk implements CommandListener {

    private static final Logger log = LoggerFactory.getLogger(CommandDesk.class);

    private final MachineFleet fleet;
    private final ScheduledExecutorService answers;
    private final ResultPublisher publisher;
    private final Supplier<Duration> answerDelay;

    CommandDesk(
            MachineFleet fleet,
            ScheduledExecutorService answers,
            ResultPublisher publisher,
            Supplier<Duration> answerDelay) {
        this.fleet = fleet;
        this.answers = answers;
        this.publisher = publisher;
        this.answerDelay = answerDelay;
    }

    @Override
    public void arrived(String topic, byte[] payload) {
        Optional<String> machine = VendingTopics.machineOf(topic);
        if (machine.isEmpty()) {
            log.warn("ignoring a message on {}, which is no machine's command topic", topic);
            return;
        }
        String innerCode = machine.get();
        DispenseCommand command;
        try {
            command = DispenseCommand.parse(innerCode, payload);
        } catch (MalformedCommandException e) {
            log.warn("machine {} ignores a malformed dispense command: {}", innerCode, e.getMessage());
            return;
        }
        Optional<DispenseResult> answer = fleet.receive(command);
        log.info(
                "machine {} takes the command of order {} (channel {}): {}",
                innerCode,
                command.orderId(),
                command.channelCode(),
                answer.map(result -> result.success() ? "success" : "failure").orElse("no answer"));
        answer.ifPresent(result -> schedule(innerCode, result));
    }

    private void schedule(String innerCode, DispenseResult result) {
        try {
            answers.schedule(
                    () -> publisher.publish(innerCode, result),
                    answerDelay.get().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            log.debug("the simulator is stopping; order {} gets no answer", result.orderId());
        }
    }
}
