package com.shop.devstack;

import com.shop.check.ShopDatabases;
import com.shop.devstack.checker.CheckerServer;
import com.shop.devstack.sandbox.PaymentSandbox;
import com.shop.devstack.vending.MachineSimulator;
import com.shop.infra.Folders;
import com.shop.infra.FreePorts;
import com.shop.infra.Infrastructure;
import com.shop.infra.InfrastructureStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole shop on one machine: the embedded infrastructure in this JVM and the seven applications as separate
 * processes. {@code ./shop up} runs one through {@link DevStackMain}; system tests start their own with free ports:
 *
 * <pre>{@code
 * DevStack stack = DevStack.start(DevStackOptions.forTests(root, root.resolve("shop-e2e/target/devstack"))
 *         .environment("SHOP_ORDER_PAYMENT_TIMEOUT", "PT2M")
 *         .build());
 * }</pre>
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    /** How long an application may take to stop after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final String MARIADB_PID = "mariadbd";
    /** Where the applications' jars are unpacked to run, under the data root; not state: --fresh keeps it. */
    private static final String UNPACKED_APPLICATIONS = "apps";
    /** How often an application that exits before it is ready is started again. */
    private static final int RESTARTS_WHILE_STARTING = 1;
    /** Where shop-pay-web takes the payment platform's notifications. */
    static final String PAYMENT_NOTIFY_PATH = "/pay/notify/wechat";

    static final String ALIPAY_NOTIFY_PATH = "/pay/notify/alipay";

    private final DevStackOptions options;
    private final Infrastructure infrastructure;
    private final SimulatedPlatforms platforms;
    private final PidFiles pidFiles;
    private final Object lock = new Object();
    private final Map<ShopApplication, ServiceProcess> running = new EnumMap<>(ShopApplication.class);
    /** Instances beyond the first, started by {@link #startMoreInstances}. */
    private final List<ServiceProcess> moreInstances = new ArrayList<>();

    private volatile boolean stopping;
    private boolean stopped;
    private ApplicationLauncher launcher;
    private ClassDataTraining training;
    private ProviderRegistry registry;
    private Readiness readiness;
    private Duration startupTime = Duration.ZERO;
    private Thread exitHook;

    private DevStack(DevStackOptions options) {
        this.options = options;
        this.infrastructure = new Infrastructure(options.ports().infrastructure(), options.directories());
        // services pointed at an MQTT broker of the caller's: the simulated machines meet them there
        this.platforms = new SimulatedPlatforms(
                options.ports(),
                options.environment()
                        .getOrDefault("SHOP_MQTT_URL", infrastructure.mqtt().url()),
                options.sandboxNotifyScale(),
                ConsoleCors.allowing(consoleOrigins()),
                serviceDatabases());
        this.pidFiles = new PidFiles(options.dataRoot());
    }

    /**
     * Starts the infrastructure and the applications and returns once every application is ready. On failure
     * everything started is stopped again and a {@link DevStackStartException} (or {@link InfrastructureStartException})
     * says why.
     */
    public static DevStack start(DevStackOptions options) {
        DevStack stack = create(options);
        if (options.stopOnJvmExit()) {
            stack.stopOnJvmExit();
        }
        stack.start();
        return stack;
    }

    /** A stack not started yet, for callers that manage the JVM's exit themselves. */
    public static DevStack create(DevStackOptions options) {
        return new DevStack(options);
    }

    /** Registers a shutdown hook that stops the stack (in order) when the JVM exits. */
    public synchronized void stopOnJvmExit() {
        if (exitHook == null) {
            exitHook = new Thread(this::stop, "devstack-stop");
            Runtime.getRuntime().addShutdownHook(exitHook);
        }
    }

    public void start() {
        long begin = System.nanoTime();
        try {
            startInfrastructure();
            // the applications' time to get ready starts once they are unpacked
            long launched = System.nanoTime();
            Duration timeout = options.readinessTimeout();
            for (List<ShopApplication> wave : options.startWaves()) {
                List<ServiceProcess> started = launch(wave);
                Duration left = timeout.minusNanos(System.nanoTime() - launched);
                readiness.await(
                        started,
                        left.isNegative() ? Duration.ZERO : left,
                        () -> stopping,
                        RESTARTS_WHILE_STARTING,
                        this::relaunch);
                started.forEach(application -> log.info(
                        "{} is ready on port {}", application.application().moduleName(), application.httpPort()));
            }
            for (int instance = 2; instance <= options.instances(); instance++) {
                startMoreInstances(options.applications());
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                // said before stopping, which takes a while
                log.error("did not start: {}", Failures.describe(e));
            }
            stop();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
        synchronized (lock) {
            if (!stopping) {
                training = launcher.trainInBackground(options.applications()).orElse(null);
            }
        }
    }

    private void startInfrastructure() {
        synchronized (lock) {
            ensureNotStopping();
            if (options.freshData()) {
                // only the state folders: the data root may hold binaries shared with other stacks
                options.directories().state().forEach(Folders::delete);
            }
            PortCheck.requireFree(options);
            infrastructure.start();
            recordMariaDbPid();
            platforms.start();
            registry = new ProviderRegistry(infrastructure.zooKeeper().address());
            readiness = new Readiness(new HealthProbe(), registry);
            launcher = new ApplicationLauncher(
                    options.repositoryRoot(),
                    options.directories().logs(),
                    options.directories().rocketMq().resolve("clients"),
                    options.dataRoot().resolve(UNPACKED_APPLICATIONS),
                    options.applicationPorts(),
                    environment(),
                    options.applicationEnvironment(),
                    options.optimizingJit(),
                    options.classDataArchives());
            launcher.prepare(options.applications());
        }
    }

    /**
     * The infrastructure's addresses, where the platform notifies pay-web, and where the web console (order-web) finds
     * pay-web, which lets the console's origin call it, the machine simulator and the invariant checker (the sandbox
     * it finds at {@code SHOP_WXPAY_BASE_URL}); the caller's variables win.
     */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.putAll(platforms.paymentSandbox().serviceEnvironment());
        environment.put("SHOP_WXPAY_NOTIFY_URL", payWebUrl() + PAYMENT_NOTIFY_PATH);
        environment.put("SHOP_WXPAY_REFUND_NOTIFY_URL", payWebUrl() + PAYMENT_NOTIFY_PATH + "/refund");
        environment.put("SHOP_ALIPAY_NOTIFY_URL", payWebUrl() + ALIPAY_NOTIFY_PATH);
        environment.put("SHOP_PAY_WEB_URL", payWebUrl());
        environment.put("SHOP_CONSOLE_ORIGINS", consoleOrigins());
        environment.put("SHOP_CONSOLE_SIMULATOR_URL", machineSimulator().baseUrl());
        environment.put("SHOP_CONSOLE_CHECKER_URL", invariantChecker().baseUrl());
        environment.putAll(options.environment());
        return environment;
    }

    /**
     * Where the web console's page comes from, comma-separated: order-web's address by IP and by name, unless the
     * caller's environment names other origins. Pay-web and the simulated platforms' control endpoints let these in.
     */
    private String consoleOrigins() {
        return options.environment()
                .getOrDefault(
                        "SHOP_CONSOLE_ORIGINS",
                        orderWebUrl() + "," + orderWebUrl().replace("127.0.0.1", "localhost"));
    }

    /** The five databases where the applications are told to find them (the caller's variables win): the checker's. */
    private ShopDatabases serviceDatabases() {
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.serviceEnvironment());
        environment.putAll(options.environment());
        return ShopDatabases.fromEnvironment(environment);
    }

    private void recordMariaDbPid() {
        ProcessHandle.current()
                .children()
                .filter(child -> child.info()
                        .command()
                        .map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
                        .orElse(false))
                .findFirst()
                .ifPresent(mariadbd -> pidFiles.recordChild(MARIADB_PID, mariadbd.pid()));
    }

    private List<ServiceProcess> launch(List<ShopApplication> applications) {
        synchronized (lock) {
            ensureNotStopping();
            List<ServiceProcess> started = new ArrayList<>();
            for (ShopApplication application : applications) {
                if (running.containsKey(application)) {
                    throw new IllegalStateException(application.moduleName() + " is already running");
                }
                ServiceProcess process = launcher.launch(application);
                running.put(application, process);
                pidFiles.recordChild(application.moduleName(), process.pid());
                log.info(
                        "starting {} (pid {}, port {}, log {})",
                        application.moduleName(),
                        process.pid(),
                        process.httpPort(),
                        process.logFile());
                started.add(process);
            }
            return started;
        }
    }

    private void ensureNotStopping() {
        if (stopping) {
            throw new DevStackStartException("the stack is stopping");
        }
    }

    /** Starts one application again (after {@link #stopApplication} or {@link #killApplication}) and waits for it. */
    public void startApplication(ShopApplication application) {
        startApplications(List.of(application));
    }

    /** Starts applications again together, as {@link #startApplication} starts one, and waits for all of them. */
    public void startApplications(List<ShopApplication> applications) {
        if (readiness == null) {
            throw new IllegalStateException("start the stack first");
        }
        readiness.await(
                launch(applications),
                options.readinessTimeout(),
                () -> stopping,
                RESTARTS_WHILE_STARTING,
                this::relaunch);
    }

    /** Starts the application of a process that exited while starting again, in its place. */
    private ServiceProcess relaunch(ServiceProcess exited) {
        ShopApplication application = exited.application();
        synchronized (lock) {
            if (running.get(application) == exited) {
                running.remove(application);
                pidFiles.removeChild(application.moduleName());
            }
        }
        return launch(List.of(application)).get(0);
    }

    public void startApplication(String name) {
        startApplication(ShopApplication.of(name));
    }

    /** Stops one application gracefully (SIGTERM, then SIGKILL after 20 s); the rest keeps running. */
    public void stopApplication(ShopApplication application) {
        ServiceProcess process = takeRunning(application);
        if (process != null) {
            stopGracefully(List.of(process));
        }
    }

    public void stopApplication(String name) {
        stopApplication(ShopApplication.of(name));
    }

    /** Kills one application at once (SIGKILL), as a crash would: no graceful shutdown, no Dubbo unregistration. */
    public void killApplication(ShopApplication application) {
        ServiceProcess process = takeRunning(application);
        if (process != null) {
            process.kill();
            process.awaitExit(Duration.ofSeconds(10));
            log.info("killed {}", application.moduleName());
        }
    }

    public void killApplication(String name) {
        killApplication(ShopApplication.of(name));
    }

    /**
     * Starts one more instance of each application, beside the running ones, on free ports, and waits until they are
     * ready: they register with the same registry, lease their own worker ids, join the same consumer groups and
     * poll the same outboxes. Stopped with the stack or by {@link #stopMoreInstances()}.
     *
     * @return the new processes, in the order given (for a test to kill one, say)
     */
    public List<ServiceProcess> startMoreInstances(List<ShopApplication> applications) {
        List<ServiceProcess> started = new ArrayList<>();
        synchronized (lock) {
            ensureNotStopping();
            for (ShopApplication application : applications) {
                int number = 2
                        + (int) moreInstances.stream()
                                .filter(process -> process.application() == application)
                                .count();
                int dubboPort = application.isDubboProvider() ? FreePorts.next() : 0;
                ServiceProcess process = launcher.launch(
                        new ApplicationLauncher.Instance(application, number, FreePorts.next(), dubboPort));
                moreInstances.add(process);
                pidFiles.recordChild(process.name(), process.pid());
                log.info(
                        "starting instance {} of {} (pid {}, port {}, log {})",
                        number,
                        application.moduleName(),
                        process.pid(),
                        process.httpPort(),
                        process.logFile());
                started.add(process);
            }
        }
        readiness.await(started, options.readinessTimeout(), () -> stopping);
        return started;
    }

    /** The instances beyond the first of each application, in start order. */
    public List<ServiceProcess> moreInstances() {
        synchronized (lock) {
            return List.copyOf(moreInstances);
        }
    }

    /** Stops the instances {@link #startMoreInstances} started (gracefully; those killed already are left). */
    public void stopMoreInstances() {
        List<ServiceProcess> instances;
        synchronized (lock) {
            instances = new ArrayList<>(moreInstances);
            moreInstances.clear();
        }
        stopGracefully(instances.stream().filter(ServiceProcess::isAlive).toList());
        instances.forEach(process -> pidFiles.removeChild(process.name()));
    }

    /** Freezes one application (SIGSTOP) until {@link #thawApplication}; see {@link ServiceProcess#freeze()}. */
    public void freezeApplication(String name) {
        runningProcess(ShopApplication.of(name)).freeze();
    }

    public void thawApplication(String name) {
        runningProcess(ShopApplication.of(name)).thaw();
    }

    private ServiceProcess runningProcess(ShopApplication application) {
        synchronized (lock) {
            ServiceProcess process = running.get(application);
            if (process == null) {
                throw new IllegalStateException(application.moduleName() + " is not running");
            }
            return process;
        }
    }

    private ServiceProcess takeRunning(ShopApplication application) {
        synchronized (lock) {
            ServiceProcess process = running.remove(application);
            if (process != null) {
                pidFiles.removeChild(application.moduleName());
            }
            return process;
        }
    }

    /** Stops the applications (all at once, gracefully), then the infrastructure. Safe to call more than once. */
    public void stop() {
        stopping = true;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            if (training != null) {
                training.close();
            }
            List<ServiceProcess> applications = new ArrayList<>(running.values());
            applications.addAll(
                    moreInstances.stream().filter(ServiceProcess::isAlive).toList());
            running.clear();
            moreInstances.clear();
            stopGracefully(applications);
            applications.forEach(application -> pidFiles.removeChild(application.name()));
            if (registry != null) {
                registry.close();
            }
            platforms.stop();
            infrastructure.stop();
            pidFiles.removeChild(MARIADB_PID);
            stopped = true;
        }
        removeExitHook();
    }

    @Override
    public void close() {
        stop();
    }

    /** True once {@link #stop()} has completed. */
    public boolean isStopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    private static void stopGracefully(List<ServiceProcess> applications) {
        applications.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ServiceProcess application : applications) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (application.awaitExit(left)) {
                log.info("stopped {}", application.application().moduleName());
            } else {
                log.warn(
                        "{} did not stop within {} s; killing it",
                        application.application().moduleName(),
                        STOP_GRACE.toSeconds());
                application.kill();
                application.awaitExit(Duration.ofSeconds(10));
            }
        }
    }

    private synchronized void removeExitHook() {
        if (exitHook != null && Thread.currentThread() != exitHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the JVM is exiting anyway
            }
            exitHook = null;
        }
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public DevStackOptions options() {
        return options;
    }

    /** The WeChat Pay v2 sandbox the pay service talks to; {@code baseUrl()} is {@code http://127.0.0.1:<port>}. */
    public PaymentSandbox paymentSandbox() {
        return platforms.paymentSandbox();
    }

    /**
     * The vending machines, which answer the goods service's dispense commands and can be told to fail or stay
     * silent; {@code baseUrl()} is {@code http://127.0.0.1:<port>} of their control endpoints.
     */
    public MachineSimulator machineSimulator() {
        return platforms.machineSimulator();
    }

    /**
     * The invariant checker's verdict on this stack's databases over HTTP; {@code baseUrl()} is
     * {@code http://127.0.0.1:<port>}, the verdict {@code GET /checker/verdict} below it.
     */
    public CheckerServer invariantChecker() {
        return platforms.checker();
    }

    /** How long {@link #start()} took, infrastructure and readiness included. */
    public Duration startupTime() {
        return startupTime;
    }

    public int httpPort(ShopApplication application) {
        return options.applicationPorts().http(application);
    }

    /** {@code http://127.0.0.1:<port>} of an application. */
    public String baseUrl(ShopApplication application) {
        return "http://127.0.0.1:" + httpPort(application);
    }

    public String orderWebUrl() {
        return baseUrl(ShopApplication.ORDER_WEB);
    }

    public String payWebUrl() {
        return baseUrl(ShopApplication.PAY_WEB);
    }

    public boolean isRunning(ShopApplication application) {
        synchronized (lock) {
            ServiceProcess process = running.get(application);
            return process != null && process.isAlive();
        }
    }

    /** The running applications, in start order. */
    public List<ServiceProcess> applications() {
        synchronized (lock) {
            return List.copyOf(running.values());
        }
    }

    public Path logFile(ShopApplication application) {
        return options.directories().logs().resolve(application.moduleName() + ".log");
    }
}
