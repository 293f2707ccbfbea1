package com.shop.order;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class OrderArchitectureTest {

    private static final String BASE = "com.shop.order";

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check(BASE);
    }

    @Test
    void theApplicationAndTheDomainDoNotDependOnTheAdapters() {
        ServiceLayeringRules.applicationIndependentOfAdapters(BASE).check(ServiceLayeringRules.importMain(BASE));
    }
}
