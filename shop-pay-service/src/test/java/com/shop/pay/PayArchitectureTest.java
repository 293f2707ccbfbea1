package com.shop.pay;

import com.shop.common.architecture.ServiceLayeringRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class PayArchitectureTest {

    private static final String BASE = "com.shop.pay";
    private static final JavaClasses CLASSES = ServiceLayeringRules.importMain(BASE);

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check(BASE);
    }

    @Test
    void theApplicationAndTheDomainDoNotDependOnTheAdapters() {
        ServiceLayeringRules.applicationIndependentOfAdapters(BASE).check(CLASSES);
    }

    @Test
    void onlyThePaymentGatewayCallsOutOverHttp() {
        ServiceLayeringRules.httpClientsOnlyIn(BASE, BASE + ".gateway..").check(CLASSES);
    }
}
