package com.shop.devstack;

import com.shop.devstack.sandbox.PaymentSandbox;
import com.shop.infra.InfrastructureDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How a {@link DevStack} is started: where its data lives, its ports, which applications, with what environment. */
public final class DevStackOptions {

    /** The data folder of {@code ./shop up}, relative to the repository root; git-ignored. */
    public static final String DATA_FOLDER = ".devstack";

    private final Path repositoryRoot;
    private final Path dataRoot;
    private final Path mariaDbBinaries;
    private final DevStackPorts ports;
    private final ApplicationPorts applicationPorts;
    private final List<ShopApplication> applications;
    private final Map<String, String> environment;
    private final Map<ShopApplication, Map<String, String>> applicationEnvironment;
    private final Duration readinessTimeout;
    private final boolean freshData;
    private final boolean classDataArchives;
    private final boolean optimizingJit;
    private final StartOrder startOrder;
    private final int instances;
    private final boolean stopOnJvmExit;
    private final double sandboxNotifyScale;

    private DevStackOptions(Builder builder) {
        this.repositoryRoot = builder.repositoryRoot;
        this.dataRoot = builder.dataRoot;
        this.mariaDbBinaries = builder.mariaDbBinaries;
        this.ports = builder.ports;
        this.applicationPorts = builder.applicationPorts;
        this.applications = List.copyOf(builder.applications);
        this.environment = Map.copyOf(builder.environment);
        Map<ShopApplication, Map<String, String>> perApplication = new EnumMap<>(ShopApplication.class);
        builder.applicationEnvironment.forEach(
                (application, values) -> perApplication.put(application, Map.copyOf(values)));
        this.applicationEnvironment = Map.copyOf(perApplication);
        this.readinessTimeout = builder.readinessTimeout;
        this.freshData = builder.freshData;
        this.classDataArchives = builder.classDataArchives;
        this.optimizingJit = builder.optimizingJit;
        this.startOrder = builder.startOrder;
        this.instances = builder.instances;
        this.stopOnJvmExit = builder.stopOnJvmExit;
        this.sandboxNotifyScale = builder.sandboxNotifyScale;
    }

    /**
     * What {@code ./shop up} uses: data in {@code <root>/.devstack}, the documented ports (the HTTP ports overridable
     * through this process's environment), every application, 180 s to get ready, and the payment sandbox's
     * notification back-off from {@code SHOP_SANDBOX_NOTIFY_SCALE}.
     */
    public static Builder defaults(Path repositoryRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Path dataRoot = root.resolve(DATA_FOLDER);
        return new Builder(root)
                .dataRoot(dataRoot)
                .mariaDbBinaries(root.resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES))
                .ports(DevStackPorts.defaults())
                .applicationPorts(ApplicationPorts.defaults(System.getenv()))
                .sandboxNotifyScale(SandboxNotifyScale.from(System.getenv()))
                .optimizingJit(true)
                .classDataArchives(true);
    }

    /**
     * For system tests: free ports for everything, a fresh data folder, and the shared MariaDB binaries; the
     * payment sandbox's back-off, too, comes from {@code SHOP_SANDBOX_NOTIFY_SCALE}. No class-data archives: a test
     * stack starts once, and recording them costs more than they save then.
     */
    public static Builder forTests(Path repositoryRoot, Path dataRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        return new Builder(root)
                .dataRoot(dataRoot)
                .mariaDbBinaries(root.resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES))
                .ports(DevStackPorts.free())
                .applicationPorts(ApplicationPorts.free())
                .sandboxNotifyScale(SandboxNotifyScale.from(System.getenv()))
                .freshData(true);
    }

    public Path repositoryRoot() {
        return repositoryRoot;
    }

    public Path dataRoot() {
        return dataRoot;
    }

    public Path mariaDbBinaries() {
        return mariaDbBinaries;
    }

    public InfrastructureDirectories directories() {
        return InfrastructureDirectories.under(dataRoot).withMariaDbBase(mariaDbBinaries);
    }

    public DevStackPorts ports() {
        return ports;
    }

    public ApplicationPorts applicationPorts() {
        return applicationPorts;
    }

    public List<ShopApplication> applications() {
        return applications;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Map<ShopApplication, Map<String, String>> applicationEnvironment() {
        return applicationEnvironment;
    }

    public Duration readinessTimeout() {
        return readinessTimeout;
    }

    public boolean freshData() {
        return freshData;
    }

    public boolean classDataArchives() {
        return classDataArchives;
    }

    public boolean optimizingJit() {
        return optimizingJit;
    }

    /** How many instances of each application run; the first on the configured ports, the others on free ones. */
    public int instances() {
        return instances;
    }

    public StartOrder startOrder() {
        return startOrder;
    }

    public boolean stopOnJvmExit() {
        return stopOnJvmExit;
    }

    /** What the payment platform's notification retry intervals are multiplied by in the sandbox. */
    public double sandboxNotifyScale() {
        return sandboxNotifyScale;
    }

    /** The groups of applications started together, in order. */
    public List<List<ShopApplication>> startWaves() {
        if (startOrder == StartOrder.ALL_AT_ONCE) {
            return applications.isEmpty() ? List.of() : List.of(applications);
        }
        return ShopApplication.startWaves().stream()
                .map(wave -> wave.stream().filter(applications::contains).toList())
                .filter(wave -> !wave.isEmpty())
                .toList();
    }

    public static final class Builder {

        private final Path repositoryRoot;
        private Path dataRoot;
        private Path mariaDbBinaries;
        private DevStackPorts ports = DevStackPorts.defaults();
        private ApplicationPorts applicationPorts = ApplicationPorts.defaults(Map.of());
        private final Set<ShopApplication> applications = EnumSet.allOf(ShopApplication.class);
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<ShopApplication, Map<String, String>> applicationEnvironment =
                new EnumMap<>(ShopApplication.class);
        private Duration readinessTimeout = Duration.ofSeconds(180);
        private boolean freshData;
        private boolean classDataArchives;
        private boolean optimizingJit;
        private StartOrder startOrder = StartOrder.WAVES;
        private int instances = 1;
        private boolean stopOnJvmExit = true;
        private double sandboxNotifyScale = PaymentSandbox.DEVSTACK_NOTIFY_DELAY_SCALE;

        private Builder(Path repositoryRoot) {
            this.repositoryRoot = repositoryRoot;
        }

        public Builder dataRoot(Path dataRoot) {
            this.dataRoot = dataRoot.toAbsolutePath().normalize();
            return this;
        }

        /** Where the MariaDB binaries are unpacked (once); may be shared between data roots. */
        public Builder mariaDbBinaries(Path mariaDbBinaries) {
            this.mariaDbBinaries = mariaDbBinaries.toAbsolutePath().normalize();
            return this;
        }

        public Builder ports(DevStackPorts ports) {
            this.ports = ports;
            return this;
        }

        public Builder applicationPorts(ApplicationPorts applicationPorts) {
            this.applicationPorts = applicationPorts;
            return this;
        }

        /** Only these applications; the default is all seven. */
        public Builder applications(Collection<ShopApplication> selected) {
            applications.clear();
            applications.addAll(selected);
            return this;
        }

        /** The infrastructure only, for running the applications from an IDE. */
        public Builder infrastructureOnly() {
            applications.clear();
            return this;
        }

        /** An environment variable for every application, e.g. {@code SHOP_ORDER_PAYMENT_TIMEOUT=PT2M}. */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** An environment variable for one application, overriding the shared ones. */
        public Builder environment(ShopApplication application, String name, String value) {
            applicationEnvironment
                    .computeIfAbsent(application, ignored -> new LinkedHashMap<>())
                    .put(name, value);
            return this;
        }

        /** How long the applications may take to become ready, all together. */
        public Builder readinessTimeout(Duration readinessTimeout) {
            this.readinessTimeout = readinessTimeout;
            return this;
        }

        /** Deletes the data folder before starting, except the MariaDB binaries and the logs. */
        public Builder freshData(boolean freshData) {
            this.freshData = freshData;
            return this;
        }

        /**
         * Whether each application's class-data archive (AppCDS) is recorded by its first run after a build (written as
         * the run is stopped) and mapped by its later starts, which then take a fifth less.
         */
        public Builder classDataArchives(boolean classDataArchives) {
            this.classDataArchives = classDataArchives;
            return this;
        }

        /**
         * Whether the applications run with the optimizing JIT compiler (C2) as well as the quick one (C1): about
         * twice the throughput once warm, for a slower start ({@link ApplicationLauncher#QUICK_JIT_ONLY}). On for
         * {@link #defaults}, off for {@link #forTests}: a test stack is started once and never warms up.
         */
        public Builder optimizingJit(boolean optimizingJit) {
            this.optimizingJit = optimizingJit;
            return this;
        }

        public Builder instances(int instances) {
            if (instances < 1) {
                throw new IllegalArgumentException("at least one instance, not " + instances);
            }
            this.instances = instances;
            return this;
        }

        public Builder startOrder(StartOrder startOrder) {
            this.startOrder = startOrder;
            return this;
        }

        /** Whether {@link DevStack#start} registers a shutdown hook that stops the stack; on by default. */
        public Builder stopOnJvmExit(boolean stopOnJvmExit) {
            this.stopOnJvmExit = stopOnJvmExit;
            return this;
        }

        /** What the platform's notification retry intervals are multiplied by; 1 retries like the real one. */
        public Builder sandboxNotifyScale(double sandboxNotifyScale) {
            if (!(sandboxNotifyScale > 0) || Double.isInfinite(sandboxNotifyScale)) {
                throw new IllegalArgumentException(
                        "the notification delay scale must be positive, not " + sandboxNotifyScale);
            }
            this.sandboxNotifyScale = sandboxNotifyScale;
            return this;
        }

        public DevStackOptions build() {
            if (dataRoot == null || mariaDbBinaries == null) {
                throw new IllegalStateException("dataRoot and mariaDbBinaries are required");
            }
            return new DevStackOptions(this);
        }
    }
}
