package com.shop.order;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class OrderArchitectureTest {

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check("com.shop.order");
    }
}
