package com.shop.goods;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.shop.common.architecture.ServiceLayeringRules;
import org.junit.jupiter.api.Test;

class GoodsArchitectureTest {

    private static final String BASE = "com.shop.goods";

    @Test
    void layersAreKept() {
        ServiceLayeringRules.check(BASE);
    }

    @Test
    void onlyTheMqttAdapterTouchesPaho() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackage(BASE + ".vending.mqtt..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..")
                .as("only vending.mqtt touches Paho")
                .check(ServiceLayeringRules.importMain(BASE));
    }
}
