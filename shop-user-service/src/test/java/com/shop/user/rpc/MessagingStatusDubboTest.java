package com.shop.user.rpc;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.common.testing.MessagingStatusCheck;
import com.shop.user.UserServiceTestBase;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The user service's messaging backlog, asked of its own group over Dubbo: read from its own database. */
class MessagingStatusDubboTest extends UserServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.USER,
            scope = "remote",
            check = false,
            timeout = 5000)
    MessagingStatus status;

    @Test
    void itsReportIsNamedForItAndListsItsNewestParkedRow() {
        MessagingStatusCheck.reportsItsOwnNewestParkedRow(status, jdbc, ServiceGroups.USER);
    }
}
