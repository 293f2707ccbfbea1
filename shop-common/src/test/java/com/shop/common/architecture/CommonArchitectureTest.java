package com.shop.common.architecture;

import org.junit.jupiter.api.Test;

class CommonArchitectureTest {

    /** The worker-id leases and the credentials every ZooKeeper client of the suite is built with. */
    @Test
    void onlyTheIdGeneratorAndTheZooKeeperCredentialsTouchCurator() {
        ServiceLayeringRules.curatorOnlyIn("com.shop.common", "com.shop.common.id..", "com.shop.common.zookeeper..")
                .check(ServiceLayeringRules.importMain("com.shop.common"));
    }
}
