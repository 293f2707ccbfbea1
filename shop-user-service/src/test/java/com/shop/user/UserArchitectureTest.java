package com.shop.user;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class UserArchitectureTest {

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check("com.shop.user");
    }
}
