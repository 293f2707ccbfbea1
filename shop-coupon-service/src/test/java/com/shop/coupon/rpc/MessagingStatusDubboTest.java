package com.shop.coupon.rpc;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.common.testing.MessagingStatusCheck;
import com.shop.coupon.CouponServiceTestBase;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The coupon service's messaging backlog, asked of its own group over Dubbo: read from its own database. */
class MessagingStatusDubboTest extends CouponServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.COUPON,
            scope = "remote",
            check = false,
            timeout = 5000)
    MessagingStatus status;

    @Test
    void itsReportIsNamedForItAndListsItsNewestParkedRow() {
        MessagingStatusCheck.reportsItsOwnNewestParkedRow(status, jdbc, ServiceGroups.COUPON);
    }
}
