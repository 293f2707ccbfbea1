package com.shop.common.messaging.outbox;

import java.util.List;
import java.util.UUID;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends what the after-commit relay did not: rows left by a crash, or by a broker that was down. Rows are leased
 * first, so several instances of a service poll the same table without sending each row many times.
 *
 * <p>A round leases its batch for {@code shop.outbox.lease} and claims each row again just before sending it. A batch
 * can outlast its lease (a hundred sends to a slow broker at three seconds each), and a lease long enough for the
 * worst batch would keep a crashed round's rows unsent for minutes; with the claim per row, rows a slow round has not
 * reached yet may go to another round once its lease runs out, and the slow round finds them taken and skips them.
 */
@Slf4j
public class OutboxPoller {

    private final OutboxMapper mapper;
    private final OutboxRelay relay;
    private final OutboxProperties properties;

    public OutboxPoller(OutboxMapper mapper, OutboxRelay relay, OutboxProperties properties) {
        this.mapper = mapper;
        this.relay = relay;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shop.outbox.poll-interval:2s}",
            initialDelayString = "${shop.outbox.poll-interval:2s}")
    public void poll() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox poll failed; next poll tries again", e);
        }
    }

    /** @return how many rows this round sent */
    public int relayPending() {
        String owner = UUID.randomUUID().toString();
        int leased = mapper.lease(
                owner, properties.getGrace().toMillis(), properties.getLease().toMillis(), properties.getBatchSize());
        if (leased == 0) {
            return 0;
        }
        return relayLeased(owner, mapper.findLeasedBy(owner));
    }

    /** Sends the rows a round leased, those it still holds. */
    int relayLeased(String owner, List<OutboxMessage> rows) {
        int sent = 0;
        for (OutboxMessage row : rows) {
            if (relay.relay(row, owner)) {
                sent++;
            }
        }
        log.info("Outbox poller relayed {} of {} pending rows", sent, rows.size());
        return sent;
    }
}
