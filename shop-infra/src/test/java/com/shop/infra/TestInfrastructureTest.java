package com.shop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The infrastructure other modules' service tests get: one per JVM, fresh data in the module's target folder. */
class TestInfrastructureTest {

    @Test
    void startsOneInfrastructurePerJvmUnderTarget() {
        Infrastructure infrastructure = TestInfrastructure.shared();

        assertThat(TestInfrastructure.shared()).isSameAs(infrastructure);
        Path dataRoot = Path.of("target", "devstack-test").toAbsolutePath();
        assertThat(infrastructure.directories().mariaDbData()).isEqualTo(dataRoot.resolve("mariadb/data"));
        assertThat(infrastructure.directories().mariaDbBase())
                .isEqualTo(RepositoryRoot.find().resolve(".devstack/mariadb-base"));
        assertThat(infrastructure.ports().zooKeeper())
                .as("a free port, not the stack's")
                .isNotEqualTo(12181);
    }

    @Test
    void givesEachServiceItsDatabaseAndTheSharedServers() throws Exception {
        Infrastructure infrastructure = TestInfrastructure.shared();
        String zooKeeper = "127.0.0.1:" + infrastructure.ports().zooKeeper();

        Map<String, String> properties = TestInfrastructure.springProperties("order");

        assertThat(properties)
                .containsEntry("shop.zookeeper.address", zooKeeper)
                .containsEntry("shop.zookeeper-address", zooKeeper)
                .containsEntry("dubbo.registry.address", "zookeeper://" + zooKeeper)
                .containsEntry("shop.zookeeper.acl.username", EmbeddedZooKeeper.USERNAME)
                .containsEntry("shop.zookeeper.acl.password", EmbeddedZooKeeper.PASSWORD)
                .containsEntry("shop.dubbo.auth.token", Infrastructure.DUBBO_TOKEN)
                .containsEntry(
                        "rocketmq.name-server",
                        "127.0.0.1:" + infrastructure.ports().nameServer())
                .containsEntry("shop.rocketmq.acl.access-key", EmbeddedRocketMq.ACCESS_KEY)
                .containsEntry("shop.rocketmq.acl.secret-key", EmbeddedRocketMq.SECRET_KEY)
                .containsEntry("spring.datasource.url", TestInfrastructure.jdbcUrl("shop_order"))
                .containsEntry("spring.datasource.username", "root")
                .containsEntry("spring.datasource.password", "")
                .containsEntry(
                        "shop.mqtt.url",
                        "tcp://127.0.0.1:" + infrastructure.ports().mqtt())
                .containsEntry("shop.mqtt.username", DevelopmentMqttUsers.SERVICE_USERNAME)
                .containsEntry("shop.mqtt.password", DevelopmentMqttUsers.SERVICE.password());
        assertThat(properties.get("spring.datasource.url")).contains("/shop_order?");
        try (Connection connection = DriverManager.getConnection(properties.get("spring.datasource.url"), "root", "")) {
            assertThat(connection.getCatalog()).isEqualTo("shop_order");
        }
        assertThatThrownBy(() -> TestInfrastructure.springProperties("cart"))
                .hasMessageContaining("no database for 'cart'");
    }
}
