package com.shop.goods;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.shop.common.architecture.ServiceLayeringRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class GoodsArchitectureTest {

    private static final String BASE = "com.shop.goods";
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
    void onlyTheMqttAdapterTouchesPaho() {
        noClasses()
                .that()
                .resideInAPackage(BASE + "..")
                .and()
                .resideOutsideOfPackage(BASE + ".vending.mqtt..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.paho..")
                .as("only vending.mqtt touches Paho")
                .check(CLASSES);
    }

    @Test
    void onlyTheMachineLeasesTouchCurator() {
        ServiceLayeringRules.curatorOnlyIn(BASE, BASE + ".vending.coordination..")
                .check(CLASSES);
    }

    @Test
    void nothingCallsOutOverHttp() {
        ServiceLayeringRules.httpClientsOnlyIn(BASE).check(CLASSES);
    }
}
