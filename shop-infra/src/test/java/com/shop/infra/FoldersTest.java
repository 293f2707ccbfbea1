package com.shop.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path temporary;

    @Test
    void aFreshStartDeletesTheStateButNotTheBinariesOrTheLogs() throws IOException {
        Path data = temporary.resolve(".devstack");
        InfrastructureDirectories directories = InfrastructureDirectories.under(data);
        Path binaries = Files.createDirectories(directories.mariaDbBase().resolve("bin"));
        Files.writeString(binaries.resolve("mariadbd"), "binary");
        Path sharedBinaries = Files.createDirectories(data.resolve("mariadb-base"));
        Files.writeString(
                Files.createDirectories(directories.mariaDbData().resolve("shop_order"))
                        .resolve("t.ibd"),
                "rows");
        Files.writeString(
                Files.createDirectories(directories.zooKeeper().resolve("data")).resolve("log.1"), "nodes");
        Files.writeString(Files.createDirectories(directories.logs()).resolve("devstack.log"), "log");

        directories.state().forEach(Folders::delete);

        assertThat(binaries.resolve("mariadbd")).exists();
        assertThat(sharedBinaries).exists();
        assertThat(directories.logs().resolve("devstack.log")).exists();
        assertThat(directories.mariaDbData()).doesNotExist();
        assertThat(directories.zooKeeper()).doesNotExist();
    }

    @Test
    void deletesAWholeFolderAndToleratesAMissingOne() throws IOException {
        Path folder = Files.createDirectories(temporary.resolve("a/b/c"));
        Files.writeString(folder.resolve("f"), "x");

        Folders.delete(temporary.resolve("a"));
        Folders.delete(temporary.resolve("never-created"));

        assertThat(temporary.resolve("a")).doesNotExist();
    }

    @Test
    void findsTheRepositoryRootAboveAModule() throws IOException {
        Path root = Files.createDirectories(temporary.resolve("checkout"));
        Files.writeString(root.resolve("mvnw"), "#!/bin/sh");
        Path module = Files.createDirectories(root.resolve("shop-goods-service/src"));

        assertThat(RepositoryRoot.findFrom(module)).isEqualTo(root);
    }
}
