package com.shop.coupon;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class CouponArchitectureTest {

    private static final String BASE = "com.shop.coupon";

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check(BASE);
    }

    @Test
    void theApplicationAndTheDomainDoNotDependOnTheAdapters() {
        ServiceLayeringRules.applicationIndependentOfAdapters(BASE).check(ServiceLayeringRules.importMain(BASE));
    }
}
