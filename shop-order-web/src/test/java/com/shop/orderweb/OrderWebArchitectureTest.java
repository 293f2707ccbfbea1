package com.shop.orderweb;

import com.shop.common.architecture.WebEdgeLayeringRules;
import org.junit.jupiter.api.Test;

class OrderWebArchitectureTest {

    @Test
    void layersAreKept() {
        WebEdgeLayeringRules.check("com.shop.orderweb");
    }
}
