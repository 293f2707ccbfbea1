package com.shop.e2e.bench;

import com.shop.devstack.ApplicationPorts;
import com.shop.devstack.DevStack;
import com.shop.devstack.DevStackOptions;
import com.shop.devstack.DevStackPorts;
import com.shop.devstack.ShopApplication;
import com.shop.e2e.support.ShopDatabase;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite as {@code ./shop up} starts it by default — {@link DevStackOptions#defaults}: the same JVM options and
 * JIT mode of the applications, their class-data archives, every setting left at the applications' defaults — except
 * that it runs on free ports and fresh data of its own (so a stack of {@code ./shop up} may keep running beside it),
 * stops when this JVM exits, and lets unpaid orders wait {@link #PAYMENT_TIMEOUT} instead of 10 minutes, so that the
 * orders of one scenario never time out, and give their units back, during a later one.
 */
final class BenchStack {

    /** {@code SHOP_ORDER_PAYMENT_TIMEOUT} of the benchmark's stack. */
    static final String PAYMENT_TIMEOUT = "2h";
    /** The data folder, under the repository root: kept between runs only for the unpacked jars and their archives. */
    static final String DATA_FOLDER = "shop-e2e/target/bench-stack";
    /** What {@code --floor-only} starts: the services whose start creates the tables the floor copies. */
    private static final List<ShopApplication> FLOOR_SERVICES =
            List.of(ShopApplication.GOODS_SERVICE, ShopApplication.USER_SERVICE, ShopApplication.ORDER_SERVICE);

    private final DevStack stack;
    private final ShopDatabase database;

    private BenchStack(DevStack stack) {
        this.stack = stack;
        this.database = new ShopDatabase(stack.infrastructure()::jdbcUrl);
    }

    static BenchStack start(Path root, BenchOptions options) {
        DevStackOptions.Builder builder = DevStackOptions.defaults(root)
                .dataRoot(root.resolve(DATA_FOLDER))
                .ports(DevStackPorts.free())
                .applicationPorts(ApplicationPorts.free())
                .freshData(true)
                .optimizingJit(options.optimizingJit())
                // started once: recording class-data archives in the background would only disturb the warm-up
                .classDataArchives(false)
                .stopOnJvmExit(true)
                .environment("SHOP_ORDER_PAYMENT_TIMEOUT", PAYMENT_TIMEOUT)
                // each simulated shopper holds far more unpaid orders than a person would
                .environment("SHOP_ORDER_MAX_UNPAID", "0");
        if (options.floorOnly()) {
            builder.applications(FLOOR_SERVICES);
        }
        DevStackOptions stackOptions = builder.build();
        System.out.println(
                "Starting the stack; its logs: " + stackOptions.directories().logs());
        BenchStack started = new BenchStack(DevStack.start(stackOptions));
        return started;
    }

    String orderWebUrl() {
        return stack.orderWebUrl();
    }

    String payWebUrl() {
        return stack.payWebUrl();
    }

    /** The JDBC URL of a database of the stack's MariaDB, with the options the services connect with. */
    String jdbcUrl(String database) {
        return stack.infrastructure().jdbcUrl(database);
    }

    ShopDatabase database() {
        return database;
    }

    Path logs() {
        return stack.options().directories().logs();
    }

    double startupSeconds() {
        return stack.startupTime().toMillis() / 1e3;
    }

    void stop() {
        stack.stop();
    }
}
