package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedApplicationsTest {

    @TempDir
    Path folder;

    private final List<Path> unpacked = new ArrayList<>();

    private ExtractedApplications applications() {
        return new ExtractedApplications(folder.resolve("apps"), (jar, destination) -> {
            unpacked.add(jar);
            Files.createDirectories(destination.resolve("lib"));
            Files.writeString(destination.resolve(jar.getFileName()), "application of " + Files.size(jar) + " bytes");
        });
    }

    @Test
    void aJarIsUnpackedOnceAndRunFromItsFolder() throws IOException {
        Path jar = Files.writeString(folder.resolve("shop-goods-service-0.1.0-SNAPSHOT.jar"), "built");
        ExtractedApplications applications = applications();

        Path first = applications.runnableJar(ShopApplication.GOODS_SERVICE, jar);
        Path second = applications.runnableJar(ShopApplication.GOODS_SERVICE, jar);

        assertThat(first)
                .isEqualTo(second)
                .isEqualTo(folder.resolve("apps/shop-goods-service/shop-goods-service-0.1.0-SNAPSHOT.jar"));
        assertThat(unpacked).containsExactly(jar);
        assertThat(new ExtractedApplications(folder.resolve("apps"), (j, d) -> {
                            throw new IOException("not asked again after a restart");
                        })
                        .runnableJar(ShopApplication.GOODS_SERVICE, jar))
                .isEqualTo(first);
    }

    @Test
    void aRebuiltJarIsUnpackedAgainIntoAnEmptiedFolder() throws IOException {
        Path jar = Files.writeString(folder.resolve("shop-pay-web-0.1.0-SNAPSHOT.jar"), "built");
        ExtractedApplications applications = applications();
        Path runnable = applications.runnableJar(ShopApplication.PAY_WEB, jar);
        Path stale = Files.writeString(runnable.resolveSibling("lib").resolve("stale.jar"), "left from before");

        Files.writeString(jar, "built again, longer");
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2_000));
        applications.runnableJar(ShopApplication.PAY_WEB, jar);

        assertThat(unpacked).hasSize(2);
        assertThat(stale).doesNotExist();
        assertThat(Files.readString(runnable)).contains("19 bytes");
    }

    @Test
    void aFailedUnpackingIsReportedAndTriedAgainNextTime() throws IOException {
        Path jar = Files.writeString(folder.resolve("shop-order-web-0.1.0-SNAPSHOT.jar"), "built");
        ExtractedApplications failing = new ExtractedApplications(
                folder.resolve("apps"), (j, destination) -> Files.createDirectories(destination));

        assertThatThrownBy(() -> failing.runnableJar(ShopApplication.ORDER_WEB, jar))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("shop-order-web-0.1.0-SNAPSHOT.jar");

        applications().runnableJar(ShopApplication.ORDER_WEB, jar);
        assertThat(unpacked).containsExactly(jar);
    }
}
