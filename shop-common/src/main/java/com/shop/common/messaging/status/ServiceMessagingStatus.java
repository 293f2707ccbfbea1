package com.shop.common.messaging.status;

import com.shop.api.MessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import java.util.List;

/** One service's messaging status: its own report, named for the service, alone in the overview. */
public final class ServiceMessagingStatus implements MessagingStatus {

    private final String service;
    private final MessagingReportReader reader;

    public ServiceMessagingStatus(String service, MessagingReportReader reader) {
        this.service = service;
        this.reader = reader;
    }

    @Override
    public MessagingOverview overview() {
        return new MessagingOverview(List.of(reader.read(service)), List.of());
    }
}
