package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path folder;

    private Path jar() throws IOException {
        return Files.writeString(folder.resolve("shop-user-service-0.1.0-SNAPSHOT.jar"), "built");
    }

    @Test
    void anApplicationWithoutAnArchiveStartsWithoutSharingOptions() throws IOException {
        ClassDataArchive archive = new ClassDataArchive(jar());

        assertThat(archive.exists()).isFalse();
        assertThat(archive.useOptions()).isEmpty();
    }

    @Test
    void theTrainingRecordsBesideTheJarAndExitsOnRefresh() throws IOException {
        ClassDataArchive archive = new ClassDataArchive(jar());

        assertThat(archive.trainingOptions())
                .contains(
                        "-XX:ArchiveClassesAtExit=" + folder.resolve("shop-user-service-0.1.0-SNAPSHOT.jsa.training"),
                        "-Dspring.context.exit=onRefresh");
    }

    @Test
    void aCleanTrainingBecomesTheArchiveLaterStartsMap() throws IOException {
        ClassDataArchive archive = new ClassDataArchive(jar());
        Files.writeString(folder.resolve("shop-user-service-0.1.0-SNAPSHOT.jsa.training"), "classes");

        assertThat(archive.trainingWritten()).isTrue();
        archive.keepTraining();

        Path mapped = folder.resolve("shop-user-service-0.1.0-SNAPSHOT.jsa");
        assertThat(mapped).hasContent("classes");
        assertThat(archive.exists()).isTrue();
        assertThat(archive.trainingWritten()).isFalse();
        assertThat(archive.useOptions()).startsWith("-XX:SharedArchiveFile=" + mapped);
    }

    @Test
    void aFailedTrainingLeavesNoArchive() throws IOException {
        ClassDataArchive archive = new ClassDataArchive(jar());
        Files.writeString(folder.resolve("shop-user-service-0.1.0-SNAPSHOT.jsa.training"), "torn");

        archive.discardTraining();

        assertThat(archive.trainingWritten()).isFalse();
        assertThat(archive.exists()).isFalse();
        assertThat(archive.useOptions()).isEmpty();
    }
}
