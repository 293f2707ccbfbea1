package com.shop.orderweb.rpc;

import com.shop.api.MessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.pojo.messaging.MessagingReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Every service's messaging backlog, gathered at once: a service that does not answer in time is named unavailable,
 * and the others' reports are still shown, since the backlog matters most when something is failing.
 */
public final class GatheredMessagingStatus implements MessagingStatus, AutoCloseable {

    private final EveryService<MessagingStatus> services;

    /** @param services each service's status; closed with this one */
    public GatheredMessagingStatus(EveryService<MessagingStatus> services) {
        this.services = services;
    }

    @Override
    public MessagingOverview overview() {
        EveryService.Answers<MessagingOverview> answers =
                services.ask("its messaging status", MessagingStatus::overview);
        List<MessagingReport> reports = new ArrayList<>();
        answers.answered().values().stream()
                .filter(answer -> answer.getServices() != null)
                .forEach(answer -> reports.addAll(answer.getServices()));
        return new MessagingOverview(reports, answers.unavailable());
    }

    @Override
    public void close() {
        services.close();
    }
}
