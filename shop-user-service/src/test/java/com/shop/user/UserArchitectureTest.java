package com.shop.user;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class UserArchitectureTest {

    private static final String BASE = "com.shop.user";

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check(BASE);
    }

    @Test
    void theApplicationAndTheDomainDoNotDependOnTheAdapters() {
        ServiceLayeringRules.applicationIndependentOfAdapters(BASE).check(ServiceLayeringRules.importMain(BASE));
    }
}
