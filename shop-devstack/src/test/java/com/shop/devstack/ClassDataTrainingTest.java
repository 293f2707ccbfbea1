package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTrainingTest {

    @TempDir
    Path folder;

    @Test
    void theArchivesOfCleanTrainingsAreKeptAndThoseOfFailedOnesDropped() throws Exception {
        ClassDataArchive goods = archive("shop-goods-service");
        ClassDataArchive user = archive("shop-user-service");

        ClassDataTraining training = ClassDataTraining.start(List.of(
                run(ShopApplication.GOODS_SERVICE, "printf classes > " + training("shop-goods-service")),
                run(ShopApplication.USER_SERVICE, "printf torn > " + training("shop-user-service") + "; exit 3")));

        assertThat(training.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(goods.exists()).isTrue();
        assertThat(user.exists()).isFalse();
        assertThat(user.trainingWritten()).isFalse();
    }

    @Test
    void closingStopsTheRunUnderWayAndStartsNoOther() throws Exception {
        ClassDataArchive goods = archive("shop-goods-service");
        ClassDataArchive user = archive("shop-user-service");
        ClassDataTraining training = ClassDataTraining.start(List.of(
                run(ShopApplication.GOODS_SERVICE, "printf partial > " + training("shop-goods-service") + "; sleep 60"),
                run(ShopApplication.USER_SERVICE, "printf classes > " + training("shop-user-service"))));
        Thread.sleep(500);

        long begin = System.nanoTime();
        training.close();

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(15));
        assertThat(training.awaitFinished(Duration.ZERO)).isTrue();
        assertThat(goods.exists()).isFalse();
        assertThat(user.exists()).isFalse();
    }

    private ClassDataArchive archive(String module) throws IOException {
        return new ClassDataArchive(Files.writeString(folder.resolve(module + ".jar"), "built"));
    }

    private Path training(String module) {
        return folder.resolve(module + ".jsa.training");
    }

    private ClassDataTraining.Run run(ShopApplication application, String script) throws IOException {
        return new ClassDataTraining.Run(
                application,
                archive(application.moduleName()),
                List.of("/bin/sh", "-c", script),
                Map.of(),
                folder.resolve(application.moduleName() + ".log"));
    }
}
