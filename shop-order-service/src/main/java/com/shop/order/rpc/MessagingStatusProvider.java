package com.shop.order.rpc;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.common.messaging.status.MessagingReportReader;
import com.shop.common.messaging.status.ServiceMessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import org.springframework.stereotype.Component;

/**
 * The order service's messaging backlog, under its own group: every service provides {@link MessagingStatus}, and
 * the order web edge asks each group for its operators. Exported by {@link RemoteServices}, as every provider of
 * this service is.
 */
@Component
public class MessagingStatusProvider implements MessagingStatus {

    private final MessagingStatus status;

    public MessagingStatusProvider(MessagingReportReader reader) {
        this.status = new ServiceMessagingStatus(ServiceGroups.ORDER, reader);
    }

    @Override
    public MessagingOverview overview() {
        return status.overview();
    }
}
