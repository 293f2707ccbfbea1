package com.shop.goods.vending.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.testing.ZooKeeperClients;
import com.shop.goods.vending.application.VendingProperties;
import com.shop.infra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The machine leases the goods service's own client takes are the suite's alone (digest ACL, creator-all). */
class MachineLeaseAclTest {

    private static final String MACHINE = "01000028";
    private static final long ORDER = 7_312_000_001L;

    private final String root = "/acl-test/" + UUID.randomUUID() + "/leases";
    private final String lease = root + "/" + MACHINE;
    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(CoordinationConfiguration.class)
            .withBean(VendingProperties.class, this::vendingProperties)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues(
                    "shop.zookeeper-address=" + property("shop.zookeeper-address"),
                    "shop.zookeeper.acl.username=" + property("shop.zookeeper.acl.username"),
                    "shop.zookeeper.acl.password=" + property("shop.zookeeper.acl.password"));

    @Test
    void aClientWithoutTheCredentialsNeitherReadsNorTakesNorFreesAMachine() {
        application.run(context -> {
            assertThat(context.getBean(ZooKeeperMachineLease.class).take(MACHINE, ORDER, Duration.ofMinutes(5)))
                    .isTrue();
            try (CuratorFramework stranger = ZooKeeperClients.anonymous()) {
                assertThatThrownBy(() -> stranger.getData().forPath(lease))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.setData().forPath(lease, "0:0".getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.delete().forPath(lease))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.create().forPath(root + "/01000029"))
                        .isInstanceOf(KeeperException.NoAuthException.class);
            }
            assertThat(context.getBean(ZooKeeperMachineLease.class).holder(MACHINE))
                    .contains(ORDER);
        });
    }

    @Test
    void aClientWithTheCredentialsReadsAndFreesTheLease() {
        application.run(context -> {
            context.getBean(ZooKeeperMachineLease.class).take(MACHINE, ORDER, Duration.ofMinutes(5));
            try (CuratorFramework suite = ZooKeeperClients.authenticated()) {
                assertThat(suite.getData().forPath(lease)).isNotEmpty();
                suite.delete().forPath(lease);
            }
            assertThat(context.getBean(ZooKeeperMachineLease.class).holder(MACHINE))
                    .isEmpty();
        });
    }

    private VendingProperties vendingProperties() {
        VendingProperties properties = new VendingProperties();
        properties.setLeaseRoot(root);
        return properties;
    }

    private static String property(String name) {
        return TestInfrastructure.springProperties("goods").get(name);
    }
}
