package com.shop.infra;

import java.nio.file.Path;
import java.util.Map;

/**
 * The infrastructure of a test JVM: one {@link Infrastructure} per JVM, started on first use on free ports, with fresh
 * data under {@code <module>/target/devstack-test/} and the MariaDB binaries shared by the whole checkout in
 * {@code <repository>/.devstack/mariadb-base}.
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     TestInfrastructure.springProperties("goods").forEach((key, value) -> registry.add(key, () -> value));
 * }
 * }</pre>
 *
 * <p>Nothing is stopped at the end but MariaDB, which runs as a separate process: the JVM's exit ends the rest, and
 * stopping the broker properly would add 10 s or more to every test run.
 */
public final class TestInfrastructure {

    private static final String DATA_FOLDER = "target/devstack-test";

    private static final OncePerJvm<Infrastructure> SHARED =
            new OncePerJvm<>("the test infrastructure", TestInfrastructure::start);

    private TestInfrastructure() {}

    /**
     * The JVM's infrastructure, started by the first call; use it to stop and start the broker or to reach a
     * database. A failed start is rethrown to every later caller.
     */
    public static Infrastructure shared() {
        return SHARED.get();
    }

    /**
     * Spring properties pointing a service under test at the shared infrastructure; see
     * {@link Infrastructure#springProperties(String)}.
     *
     * @param service one of order, goods, coupon, user, pay
     */
    public static Map<String, String> springProperties(String service) {
        return shared().springProperties(service);
    }

    /** The JDBC URL of a database ({@code shop_goods}, ...) on the shared infrastructure. */
    public static String jdbcUrl(String database) {
        return shared().jdbcUrl(database);
    }

    private static Infrastructure start() {
        Path moduleDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path dataRoot = moduleDirectory.resolve(DATA_FOLDER);
        Folders.delete(dataRoot);
        Path sharedBinaries =
                RepositoryRoot.findFrom(moduleDirectory).resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES);
        Infrastructure infrastructure = new Infrastructure(
                InfrastructurePorts.free(),
                InfrastructureDirectories.under(dataRoot).withMariaDbBase(sharedBinaries));
        infrastructure.start();
        infrastructure.mariaDb().stopOnJvmExit();
        return infrastructure;
    }
}
