package com.shop.pojo.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * The messaging of services, one report each, and the services that did not answer: one service answers with its own
 * report alone, and the edge gathers the five.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MessagingOverview implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private List<MessagingReport> services;
    /** The services that did not answer; empty when every one did. */
    private List<String> unavailable;

    public boolean isPartial() {
        return unavailable != null && !unavailable.isEmpty();
    }
}
