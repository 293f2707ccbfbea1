package com.shop.order.rpc;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.common.testing.MessagingStatusCheck;
import com.shop.order.OrderServiceTestBase;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The order service's messaging backlog, asked of its own group over Dubbo: read from its own database. */
class MessagingStatusDubboTest extends OrderServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.ORDER,
            scope = "remote",
            check = false,
            timeout = 5000)
    MessagingStatus status;

    @Test
    void itsReportIsNamedForItAndListsItsNewestParkedRow() {
        MessagingStatusCheck.reportsItsOwnNewestParkedRow(status, jdbc, ServiceGroups.ORDER);
    }
}
