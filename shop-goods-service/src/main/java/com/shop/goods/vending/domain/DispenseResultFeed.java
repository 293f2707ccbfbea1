package com.shop.goods.vending.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the machines' answers reach the service. An answer a machine gave in time may still be on its way, held by
 * the broker while nobody took it; this tells whether, and since when, answers are coming in.
 */
public interface DispenseResultFeed {

    /**
     * The instant since which answers have been coming in without a break: from then on, what the broker kept for
     * the service is handed over first, then each answer as it is sent. Empty while none can come in (answers wait).
     */
    Optional<Instant> receivingSince();
}
