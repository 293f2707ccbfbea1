package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts an application from its packaged jar as a separate JVM, pointed at the infrastructure. */
public final class ApplicationLauncher {

    /**
     * The JVM options of every application, tuned for seven JVMs on two cores: small stacks, the serial collector, a
     * bounded heap, and the opens Dubbo's and fastjson2's reflection needs.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.math=ALL-UNNAMED");
    /**
     * Extra JVM options for every application, after the ones above so they win: GC logging, another JIT setting, a
     * profiler agent.
     */
    static final String EXTRA_OPTIONS = "SHOP_JAVA_OPTIONS";
    /**
     * The quick compiler (C1) only: the fastest start, and about half the throughput. Without it the JVM's tiered
     * compilation runs as it comes, C2 taking the hot code: raising C2's thresholds made the start a few seconds
     * faster and a two-minute warm-up 40% slower, so they stay the JVM's.
     */
    static final List<String> QUICK_JIT_ONLY = List.of("-XX:TieredStopAtLevel=1");

    private final Path repositoryRoot;
    private final ExtractedApplications unpacked;
    private final Path logDirectory;
    private final Path rocketMqClientFiles;
    private final ApplicationPorts ports;
    private final Map<String, String> environment;
    private final Map<ShopApplication, Map<String, String>> applicationEnvironment;
    private final boolean optimizingJit;
    private final boolean classDataArchives;

    /**
     * @param unpackedApplications   where the applications' jars are unpacked to run
     * @param environment            given to every application: the infrastructure's addresses and the caller's extras
     * @param applicationEnvironment given to one application only, overriding the shared environment
     * @param optimizingJit          whether the applications compile with C2 as well as C1
     *                               or with C1 only ({@link #QUICK_JIT_ONLY})
     * @param classDataArchives      whether the applications map class-data archives, recorded after their first start
     */
    public ApplicationLauncher(
            Path repositoryRoot,
            Path logDirectory,
            Path rocketMqClientFiles,
            Path unpackedApplications,
            ApplicationPorts ports,
            Map<String, String> environment,
            Map<ShopApplication, Map<String, String>> applicationEnvironment,
            boolean optimizingJit,
            boolean classDataArchives) {
        this.repositoryRoot = repositoryRoot;
        this.unpacked = new ExtractedApplications(unpackedApplications);
        this.logDirectory = logDirectory;
        this.rocketMqClientFiles = rocketMqClientFiles;
        this.ports = ports;
        this.environment = Map.copyOf(environment);
        this.applicationEnvironment = Map.copyOf(applicationEnvironment);
        this.optimizingJit = optimizingJit;
        this.classDataArchives = classDataArchives;
    }

    /** Unpacks the applications' jars that were rebuilt since they were last unpacked. */
    public void prepare(Collection<ShopApplication> applications) {
        applications.parallelStream().forEach(this::runnableJar);
    }

    public ServiceProcess launch(ShopApplication application) {
        return launch(Instance.first(application, ports));
    }

    /**
     * One instance of an application beside the others: its own ports, log file, broker-client and MQTT state
     * folders and instance name ({@code SHOP_INSTANCE_NAME}, which names its MQTT clients), the same infrastructure,
     * consumer groups and registry.
     */
    public ServiceProcess launch(Instance instance) {
        Path jar = runnableJar(instance.application());
        try {
            return ServiceProcess.start(
                    instance.application(),
                    command(instance, jar),
                    environmentOf(instance),
                    logFile(instance),
                    instance.httpPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + instance.name(), e);
        }
    }

    /**
     * Which copy of an application a process is: the first has the documented (or configured) ports, later ones
     * ports of their own.
     */
    public record Instance(ShopApplication application, int number, int httpPort, int dubboPort) {

        static Instance first(ShopApplication application, ApplicationPorts ports) {
            return new Instance(application, 1, ports.http(application), ports.dubbo(application));
        }

        /** The module name, with the number from the second instance on: {@code shop-goods-service-2}. */
        public String name() {
            return number == 1 ? application.moduleName() : application.moduleName() + "-" + number;
        }
    }

    /**
     * Records, in the background and one at a time, the class-data archive of each application that has none, so its
     * next start maps it; the stack runs meanwhile (see {@link ClassDataTraining}).
     *
     * @return the training under way, to be stopped with the stack; nothing when every archive exists or none is used
     */
    public Optional<ClassDataTraining> trainInBackground(Collection<ShopApplication> applications) {
        if (!classDataArchives) {
            return Optional.empty();
        }
        List<ClassDataTraining.Run> runs = applications.stream()
                .filter(application -> !new ClassDataArchive(runnableJar(application)).exists())
                .map(this::trainingRun)
                .toList();
        return runs.isEmpty() ? Optional.empty() : Optional.of(ClassDataTraining.start(runs));
    }

    /** A start that stops once its context is refreshed, with the quick compiler only, at the lowest priority. */
    private ClassDataTraining.Run trainingRun(ShopApplication application) {
        Path jar = runnableJar(application);
        ClassDataArchive archive = new ClassDataArchive(jar);
        List<String> command = new ArrayList<>(command(application, jar));
        command.addAll(1, archive.trainingOptions());
        if (!command.containsAll(QUICK_JIT_ONLY)) {
            command.addAll(1, QUICK_JIT_ONLY);
        }
        return new ClassDataTraining.Run(
                application,
                archive,
                LowPriority.of(command),
                environmentOf(application),
                logDirectory.resolve(application.moduleName() + "-training.log"));
    }

    private Path runnableJar(ShopApplication application) {
        return unpacked.runnableJar(application, ApplicationJar.find(repositoryRoot, application.moduleName()));
    }

    List<String> command(ShopApplication application, Path jar) {
        return command(Instance.first(application, ports), jar);
    }

    private List<String> command(Instance instance, Path jar) {
        ShopApplication application = instance.application();
        List<String> command = new ArrayList<>();
        command.add(JavaExecutable.current());
        command.addAll(JVM_OPTIONS);
        if (!optimizingJit) {
            command.addAll(QUICK_JIT_ONLY);
        }
        if (classDataArchives) {
            command.addAll(new ClassDataArchive(jar).useOptions());
        }
        // the RocketMQ client writes its own log and broadcast offsets under the user's home by default
        Path clientFiles = rocketMqClientFiles.resolve(instance.name());
        command.add("-Drocketmq.log.root=" + clientFiles.resolve("logs"));
        command.add("-Drocketmq.client.localOffsetStoreDir=" + clientFiles.resolve("offsets"));
        command.addAll(extraOptions(System.getenv(EXTRA_OPTIONS)));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    static List<String> extraOptions(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : List.of(value.strip().split("\\s+"));
    }

    Map<String, String> environmentOf(ShopApplication application) {
        return environmentOf(Instance.first(application, ports));
    }

    private Map<String, String> environmentOf(Instance instance) {
        ShopApplication application = instance.application();
        Map<String, String> result = new LinkedHashMap<>(environment);
        String httpPort = Integer.toString(instance.httpPort());
        result.put("SERVER_PORT", httpPort);
        result.put(application.portVariable(), httpPort);
        if (application.isDubboProvider()) {
            result.put("SHOP_DUBBO_PORT", Integer.toString(instance.dubboPort()));
        }
        result.put("SHOP_INSTANCE_NAME", instance.name());
        // the goods service's MQTT clients keep their in-flight QoS 2 messages on disk; not in the working directory
        result.put(
                "SHOP_VENDING_MQTT_STATE_DIR",
                rocketMqClientFiles
                        .resolve(instance.name())
                        .resolve("mqtt-state")
                        .toString());
        result.putAll(applicationEnvironment.getOrDefault(application, Map.of()));
        return result;
    }

    public Path logFile(ShopApplication application) {
        return logDirectory.resolve(application.moduleName() + ".log");
    }

    private Path logFile(Instance instance) {
        return logDirectory.resolve(instance.name() + ".log");
    }
}
