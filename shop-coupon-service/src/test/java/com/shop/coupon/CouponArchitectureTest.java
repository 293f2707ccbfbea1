package com.shop.coupon;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class CouponArchitectureTest {

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check("com.shop.coupon");
    }
}
