package com.shop.goods;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class GoodsArchitectureTest {

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check("com.shop.goods");
    }
}
