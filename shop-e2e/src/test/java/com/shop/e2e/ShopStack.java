package com.shop.e2e;

import com.shop.devstack.DevStack;
import com.shop.devstack.DevStackOptions;
import com.shop.devstack.ShopApplication;
import com.shop.e2e.support.Invariants;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopDatabase;
import com.shop.infra.RepositoryRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The whole suite as {@code ./shop up} runs it — embedded infrastructure in this JVM, the seven applications as
 * processes — started once for all system tests, on free ports and fresh data, and stopped when the JVM exits.
 */
final class ShopStack {

    /** Unpaid orders are invalidated this long after confirmation (10 minutes outside the tests). */
    static final int PAYMENT_TIMEOUT_SECONDS = 20;
    /** A vending machine not answering within this has failed to dispense (60 s outside the tests). */
    static final int DISPENSE_TIMEOUT_SECONDS = 5;

    private static ShopStack started;

    private final DevStack stack;
    private final ShopDatabase database;
    private final Invariants invariants;

    private ShopStack(DevStack stack, Function<String, String> jdbcUrls) {
        this.stack = stack;
        this.database = new ShopDatabase(jdbcUrls);
        this.invariants = new Invariants(jdbcUrls);
    }

    static synchronized ShopStack get() {
        if (started == null) {
            DevStack stack =
                    DevStack.start(testOptions("e2e-stack").stopOnJvmExit(true).build());
            started = new ShopStack(stack, stack.infrastructure()::jdbcUrl);
        }
        return started;
    }

    /**
     * A stack of a test's own, started with {@code options} (see {@link #testOptions}), whose services keep their data
     * in the databases {@code jdbcUrls} names ({@code shop_goods} and the others); the test stops it.
     */
    static ShopStack startOwn(DevStackOptions options, Function<String, String> jdbcUrls) {
        return new ShopStack(DevStack.start(options), jdbcUrls);
    }

    /** The settings of every system-test stack, fresh data under {@code shop-e2e/target/<folder>}. */
    static DevStackOptions.Builder testOptions(String folder) {
        Path root = RepositoryRoot.find();
        return DevStackOptions.forTests(root, root.resolve("shop-e2e/target").resolve(folder))
                // a stuck order is swept quickly, so the invariants can wait for it
                .environment("SHOP_ORDER_UNCONFIRMED_TIMEOUT", "30s")
                .environment("SHOP_ORDER_SWEEP_INTERVAL", "2s")
                // a refund a cancel left asked is finished soon after the pay call's timeout (8 s)
                .environment("SHOP_ORDER_REFUND_GRACE", "10s")
                .environment("SHOP_ORDER_REFUND_SWEEP_INTERVAL", "2s")
                .environment("SHOP_ORDER_PAYMENT_TIMEOUT", PAYMENT_TIMEOUT_SECONDS + "s")
                .environment("SHOP_VENDING_PAYMENT_TIMEOUT", PAYMENT_TIMEOUT_SECONDS + "s")
                // the tests' shoppers hold many unpaid orders at once; the order service's tests cover the limit
                .environment("SHOP_ORDER_MAX_UNPAID", "0")
                // lost notifications are looked up at the platform after a few seconds
                .environment("SHOP_PAY_RECONCILE_AFTER", "3s")
                .environment("SHOP_PAY_RECONCILE_INTERVAL", "2s")
                // a machine's lease, derived from them, outlives the time to pay plus the dispense
                .environment("SHOP_VENDING_DISPENSE_TIMEOUT", DISPENSE_TIMEOUT_SECONDS + "s")
                // a silent machine is given up this long after its timeout, once answers flow again
                .environment("SHOP_VENDING_RESULT_GRACE", "2s")
                // a test stack starts once and never warms up: the quick compiler alone starts it soonest
                .optimizingJit(false);
    }

    void stop() {
        stack.stop();
    }

    String orderWebUrl() {
        return stack.orderWebUrl();
    }

    DevStack devStack() {
        return stack;
    }

    String payWebUrl() {
        return stack.payWebUrl();
    }

    String sandboxUrl() {
        return stack.paymentSandbox().baseUrl();
    }

    String simulatorUrl() {
        return stack.machineSimulator().baseUrl();
    }

    /** How long the simulated machines take to answer a dispense command. */
    void machineAnswerDelay(Duration delay) {
        stack.machineSimulator().answerDelay(delay);
    }

    String nameServer() {
        return stack.infrastructure().rocketMq().namesrvAddress();
    }

    String mqttUrl() {
        return stack.infrastructure().mqtt().url();
    }

    void killApplication(String name) {
        stack.killApplication(name);
    }

    void stopBroker() {
        stack.infrastructure().rocketMq().stopBroker();
    }

    void startBroker() {
        try {
            stack.infrastructure().rocketMq().startBroker();
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not start again", e);
        }
    }

    ShopDatabase database() {
        return database;
    }

    ShopClient login(String userName, String password) {
        return ShopClient.loggedIn(orderWebUrl(), userName, password);
    }

    Invariants invariants() {
        return invariants;
    }

    void invariantsHold() {
        invariants.holdWithin(Duration.ofSeconds(45));
    }

    void stopApplication(String name) {
        stack.stopApplication(name);
    }

    void startApplication(String name) {
        stack.startApplication(name);
    }

    void startApplications(List<String> names) {
        stack.startApplications(names.stream().map(ShopApplication::of).toList());
    }
}
