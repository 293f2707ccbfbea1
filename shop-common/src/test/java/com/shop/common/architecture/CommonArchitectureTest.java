package com.shop.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class CommonArchitectureTest {

    /** The worker-id leases and the credentials every ZooKeeper client of the suite is built with. */
    @Test
    void onlyTheIdGeneratorAndTheZooKeeperCredentialsTouchCurator() {
        ServiceLayeringRules.curatorOnlyIn("com.shop.common", "com.shop.common.id..", "com.shop.common.zookeeper..")
                .check(ServiceLayeringRules.importMain("com.shop.common"));
    }

    /** The breakers on Dubbo calls in rpc, the flow rules on endpoints in web; Sentinel's Dubbo adapter only in rpc. */
    @Test
    void sentinelGuardsOnlyTheDubboCallsAndTheEndpoints() {
        JavaClasses classes = ServiceLayeringRules.importMain("com.shop.common");
        ServiceLayeringRules.sentinelOnlyIn("com.shop.common", "com.shop.common.rpc..", "com.shop.common.web..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("com.shop.common.rpc..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.alibaba.csp.sentinel.adapter.dubbo3..")
                .as("only com.shop.common.rpc touches Sentinel's Dubbo adapter")
                .check(classes);
    }
}
