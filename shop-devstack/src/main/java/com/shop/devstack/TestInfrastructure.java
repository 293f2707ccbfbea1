package com.shop.devstack;

import com.shop.devstack.infra.Infrastructure;
import com.shop.devstack.infra.InfrastructurePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One embedded infrastructure per test JVM, on free ports, with fresh data under the module's
 * {@code target/devstack-test}. Nothing is stopped at the end: the test JVM's exit takes it down, which saves the
 * broker's 15 s shutdown in every module.
 */
public final class TestInfrastructure {

    private static Infrastructure shared;

    private TestInfrastructure() {
    }

    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = startFresh();
        }
        return shared;
    }

    /** Spring properties of one service ("order", "goods", "coupon", "user" or "pay") against the shared infrastructure. */
    public static Map<String, String> springProperties(String service) {
        Infrastructure infrastructure = shared();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("shop.zookeeper-address", infrastructure.zooKeeperAddress());
        properties.put("shop.id-generator.zookeeper-address", infrastructure.zooKeeperAddress());
        properties.put("dubbo.registry.address", "zookeeper://" + infrastructure.zooKeeperAddress());
        properties.put("rocketmq.name-server", infrastructure.nameServerAddress());
        properties.put("spring.datasource.url", infrastructure.jdbcUrl("shop_" + service));
        properties.put("spring.datasource.username", "root");
        properties.put("spring.datasource.password", "");
        properties.put("shop.mqtt.url", infrastructure.mqttUrl());
        return properties;
    }

    private static Infrastructure startFresh() {
        Path root = RepositoryRoot.find();
        Path data = Path.of("target", "devstack-test").toAbsolutePath();
        deleteRecursively(data);
        try {
            return new Infrastructure(data, root.resolve(".devstack").resolve("mariadb-base"), InfrastructurePorts.free())
                    .start();
        } catch (Exception e) {
            throw new IllegalStateException("embedded infrastructure did not start", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
