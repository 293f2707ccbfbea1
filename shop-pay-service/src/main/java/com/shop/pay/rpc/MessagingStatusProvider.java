package com.shop.pay.rpc;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.common.messaging.status.MessagingReportReader;
import com.shop.common.messaging.status.ServiceMessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * The pay service's messaging backlog, under its own group: every service provides {@link MessagingStatus}, and
 * the order web edge asks each group for its operators.
 */
@DubboService(version = ServiceVersions.V1, group = ServiceGroups.PAY)
public class MessagingStatusProvider implements MessagingStatus {

    private final MessagingStatus status;

    public MessagingStatusProvider(MessagingReportReader reader) {
        this.status = new ServiceMessagingStatus(ServiceGroups.PAY, reader);
    }

    @Override
    public MessagingOverview overview() {
        return status.overview();
    }
}
