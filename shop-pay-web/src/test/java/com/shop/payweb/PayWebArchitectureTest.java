package com.shop.payweb;

import com.shop.common.architecture.ServiceLayeringRules;
import com.shop.common.architecture.WebEdgeLayeringRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class PayWebArchitectureTest {

    private static final String BASE = "com.shop.payweb";

    /** Controllers (the edge's application) never see rpc, its one adapter: one of the web edge's rules. */
    @Test
    void layersAreKept() {
        WebEdgeLayeringRules.check(BASE);
    }

    @Test
    void theSuiteIsReachedOnlyOverDubbo() {
        JavaClasses classes = ServiceLayeringRules.importMain(BASE);
        ServiceLayeringRules.httpClientsOnlyIn(BASE).check(classes);
        ServiceLayeringRules.curatorOnlyIn(BASE).check(classes);
    }
}
