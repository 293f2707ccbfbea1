package com.shop.infra;

import java.nio.file.Path;
import java.util.List;

/**
 * Where each embedded server keeps its files. {@link #under(Path)} gives the layout of a data root:
 * {@code zookeeper/ rocketmq/ mariadb/data mariadb/base mqtt/ logs/}.
 *
 * @param mariaDbBase the unpacked MariaDB binaries (334 MB), unpacked once and shared by every start
 */
public record InfrastructureDirectories(
        Path zooKeeper, Path rocketMq, Path mariaDbData, Path mariaDbBase, Path mqtt, Path logs) {

    /** MariaDB binaries, unpacked once and shared by every stack of the checkout (./shop up, service and system tests). */
    public static final String SHARED_MARIADB_BINARIES = ".devstack/mariadb-base";

    public InfrastructureDirectories {
        zooKeeper = zooKeeper.toAbsolutePath().normalize();
        rocketMq = rocketMq.toAbsolutePath().normalize();
        mariaDbData = mariaDbData.toAbsolutePath().normalize();
        mariaDbBase = mariaDbBase.toAbsolutePath().normalize();
        mqtt = mqtt.toAbsolutePath().normalize();
        logs = logs.toAbsolutePath().normalize();
    }

    public static InfrastructureDirectories under(Path dataRoot) {
        Path mariaDb = dataRoot.resolve("mariadb");
        return new InfrastructureDirectories(
                dataRoot.resolve("zookeeper"),
                dataRoot.resolve("rocketmq"),
                mariaDb.resolve("data"),
                mariaDb.resolve("base"),
                dataRoot.resolve("mqtt"),
                dataRoot.resolve("logs"));
    }

    /** MariaDB's scratch folder, beside its data. */
    public Path mariaDbTemporary() {
        return mariaDbData.resolveSibling("tmp");
    }

    /** Every folder holding state, which a fresh start deletes; not the binaries and not the logs. */
    public List<Path> state() {
        return List.of(zooKeeper, rocketMq, mariaDbData, mariaDbTemporary(), mqtt);
    }

    /** The same layout with the MariaDB binaries taken from a folder shared with other data roots. */
    public InfrastructureDirectories withMariaDbBase(Path sharedBase) {
        return new InfrastructureDirectories(zooKeeper, rocketMq, mariaDbData, sharedBase, mqtt, logs);
    }
}
