package com.shop.goods;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
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
        // by full name, so that the adapter's anonymous and nested classes count as the adapter
        noClasses().that().resideInAPackage(BASE + "..")
                .and(not(nameMatching("com\\.shop\\.goods\\.messaging\\.Mqtt.*")))
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..")
                .as("only the Mqtt* classes of messaging touch Paho")
                .check(ServiceLayeringRules.importMain(BASE));
    }
}
