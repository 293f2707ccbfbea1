package com.shop.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.testing.ZooKeeperClients;
import com.shop.infra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The worker-id leases the auto-configured client takes are the suite's alone (digest ACL, creator-all). */
class WorkerIdLeaseAclTest {

    private final String root = "/acl-test/" + UUID.randomUUID() + "/id-workers";
    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IdGeneratorAutoConfiguration.class))
            .withPropertyValues(
                    "spring.application.name=acl-test",
                    "shop.id-generator.enabled=true",
                    "shop.id-generator.lease-root=" + root,
                    "shop.id-generator.zookeeper-address=" + property("shop.zookeeper-address"),
                    "shop.zookeeper.acl.username=" + property("shop.zookeeper.acl.username"),
                    "shop.zookeeper.acl.password=" + property("shop.zookeeper.acl.password"));

    @Test
    void aClientWithoutTheCredentialsNeitherReadsNorTakesAWorkerId() {
        application.run(context -> {
            String lease =
                    root + "/" + context.getBean(ZooKeeperWorkerIdLease.class).currentWorkerId();
            try (CuratorFramework stranger = ZooKeeperClients.anonymous()) {
                assertThatThrownBy(() -> stranger.checkExists().forPath(lease))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.getData().forPath(lease))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.delete().forPath(lease))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.create().forPath(root + "/1023"))
                        .isInstanceOf(KeeperException.NoAuthException.class);
                assertThatThrownBy(() -> stranger.getChildren().forPath(root))
                        .isInstanceOf(KeeperException.NoAuthException.class);
            }
        });
    }

    @Test
    void aClientWithTheCredentialsReadsTheLease() {
        application.run(context -> {
            String lease =
                    root + "/" + context.getBean(ZooKeeperWorkerIdLease.class).currentWorkerId();
            try (CuratorFramework suite = ZooKeeperClients.authenticated()) {
                assertThat(new String(suite.getData().forPath(lease), StandardCharsets.UTF_8))
                        .startsWith("acl-test@");
                assertThat(suite.getChildren().forPath(root)).hasSize(1);
            }
        });
    }

    @Test
    void withoutCredentialsTheApplicationDoesNotStart() {
        application
                .withPropertyValues("shop.zookeeper.acl.password=")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("SHOP_ZK_PASSWORD"));
    }

    private static String property(String name) {
        return TestInfrastructure.springProperties("order").get(name);
    }
}
