package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationJarTest {

    @TempDir
    Path root;

    @Test
    void findsTheRunnableJarAmongTheByProducts() throws IOException {
        Path target = Files.createDirectories(root.resolve("shop-order-web").resolve("target"));
        for (String name : new String[] {
            "shop-order-web-0.1.0-SNAPSHOT.jar",
            "shop-order-web-0.1.0-SNAPSHOT-plain.jar",
            "shop-order-web-0.1.0-SNAPSHOT-sources.jar",
            "shop-order-web-0.1.0-SNAPSHOT-tests.jar",
            "original-shop-order-web-0.1.0-SNAPSHOT.jar",
            "shop-order-web-0.1.0-SNAPSHOT.jar.original"
        }) {
            Files.createFile(target.resolve(name));
        }
        Files.createDirectories(target.resolve("classes.jar"));

        assertThat(ApplicationJar.find(root, "shop-order-web"))
                .isEqualTo(target.resolve("shop-order-web-0.1.0-SNAPSHOT.jar"));
    }

    @Test
    void saysHowToBuildAMissingJar() throws IOException {
        Files.createDirectories(root.resolve("shop-pay-web").resolve("target"));

        assertThatThrownBy(() -> ApplicationJar.find(root, "shop-pay-web"))
                .hasMessageContaining("no runnable jar of shop-pay-web")
                .hasMessageContaining("./mvnw -q -B -DskipTests package");
        assertThatThrownBy(() -> ApplicationJar.find(root, "shop-user-service"))
                .hasMessageContaining("no runnable jar of shop-user-service");
    }

    @Test
    void refusesToGuessBetweenTwoJars() throws IOException {
        Path target = Files.createDirectories(root.resolve("shop-goods-service").resolve("target"));
        Files.createFile(target.resolve("shop-goods-service-0.1.0-SNAPSHOT.jar"));
        Files.createFile(target.resolve("shop-goods-service-0.0.9.jar"));

        assertThatThrownBy(() -> ApplicationJar.find(root, "shop-goods-service"))
                .hasMessageContaining("several jars of shop-goods-service");
    }
}
