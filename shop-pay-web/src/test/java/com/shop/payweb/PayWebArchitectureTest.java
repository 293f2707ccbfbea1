package com.shop.payweb;

import com.shop.common.architecture.WebEdgeLayeringRules;
import org.junit.jupiter.api.Test;

class PayWebArchitectureTest {

    @Test
    void layersAreKept() {
        WebEdgeLayeringRules.check("com.shop.payweb");
    }
}
