package com.shop.pay;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class PayArchitectureTest {

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check("com.shop.pay");
    }
}
