package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts an application from its packaged jar as a separate JVM, pointed at the infrastructure. */
public final class ApplicationLauncher {

    private static final Logger log = LoggerFactory.getLogger(ApplicationLauncher.class);
    /** A training run is a start that stops once the context is refreshed, plus writing the archive. */
    private static final long TRAINING_TIMEOUT_SECONDS = 240;

    /**
     * The JVM options of every application, tuned for seven JVMs on two cores: small stacks, the serial collector, a
     * bounded heap, and the opens Dubbo's and fastjson2's reflection needs.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.base/java.math=ALL-UNNAMED");
    /**
     * The quick compiler (C1) only: seven JVMs compiling with C2 as well take twice as long to start on two cores.
     * A training run always uses it: the compiler does not change what the class-data archive holds.
     */
    static final String QUICK_JIT_ONLY = "-XX:TieredStopAtLevel=1";

    private final Path repositoryRoot;
    private final ExtractedApplications unpacked;
    private final Path logDirectory;
    private final Path rocketMqClientFiles;
    private final ApplicationPorts ports;
    private final Map<String, String> environment;
    private final Map<ShopApplication, Map<String, String>> applicationEnvironment;
    private final boolean optimizingJit;

    /**
     * @param unpackedApplications   where the applications' jars are unpacked to run
     * @param environment            given to every application: the infrastructure's addresses and the caller's extras
     * @param applicationEnvironment given to one application only, overriding the shared environment
     * @param optimizingJit          whether the applications compile with C2 as well as C1 ({@link #QUICK_JIT_ONLY})
     */
    public ApplicationLauncher(Path repositoryRoot, Path logDirectory, Path rocketMqClientFiles,
                               Path unpackedApplications, ApplicationPorts ports, Map<String, String> environment,
                               Map<ShopApplication, Map<String, String>> applicationEnvironment, boolean optimizingJit) {
        this.repositoryRoot = repositoryRoot;
        this.unpacked = new ExtractedApplications(unpackedApplications);
        this.logDirectory = logDirectory;
        this.rocketMqClientFiles = rocketMqClientFiles;
        this.ports = ports;
        this.environment = Map.copyOf(environment);
        this.applicationEnvironment = Map.copyOf(applicationEnvironment);
        this.optimizingJit = optimizingJit;
    }

    /**
     * Unpacks the applications' jars that were rebuilt since they were last unpacked and, when asked, records the
     * class-data archive of each that has none; the infrastructure must be up then, since a training run refreshes
     * the application's context (its database, its registry). An application whose training fails simply starts
     * without an archive.
     */
    public void prepare(Collection<ShopApplication> applications, boolean classDataArchives) {
        applications.parallelStream().forEach(this::runnableJar);
        if (!classDataArchives) {
            return;
        }
        List<ShopApplication> untrained = applications.stream()
                .filter(application -> !new ClassDataArchive(runnableJar(application)).exists())
                .toList();
        if (!untrained.isEmpty()) {
            long begin = System.nanoTime();
            untrained.parallelStream().forEach(this::train);
            log.info("recorded the class-data archives of {} applications ({} ms)", untrained.size(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
    }

    public ServiceProcess launch(ShopApplication application) {
        Path jar = runnableJar(application);
        try {
            return ServiceProcess.start(application, command(application, jar), environmentOf(application),
                    logFile(application), ports.http(application));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + application.moduleName(), e);
        }
    }

    private void train(ShopApplication application) {
        Path jar = runnableJar(application);
        ClassDataArchive archive = new ClassDataArchive(jar);
        List<String> command = new ArrayList<>(command(application, jar));
        command.addAll(1, archive.trainingOptions());
        if (!command.contains(QUICK_JIT_ONLY)) {
            command.add(1, QUICK_JIT_ONLY);
        }
        Path trainingLog = logDirectory.resolve(application.moduleName() + "-training.log");
        try {
            ProcessBuilder training = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(trainingLog.toFile());
            training.environment().putAll(environmentOf(application));
            Process running = training.start();
            boolean exited = running.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (exited && running.exitValue() == 0 && archive.trainingWritten()) {
                archive.keepTraining();
                return;
            }
            running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            archive.discardTraining();
            log.warn("{} starts without a class-data archive: its training {} (see {})", application.moduleName(),
                    exited ? "exited with code " + running.exitValue() : "took too long", trainingLog);
        } catch (IOException e) {
            archive.discardTraining();
            log.warn("{} starts without a class-data archive: {}", application.moduleName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            archive.discardTraining();
        }
    }

    private Path runnableJar(ShopApplication application) {
        return unpacked.runnableJar(application, ApplicationJar.find(repositoryRoot, application.moduleName()));
    }

    List<String> command(ShopApplication application, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(JavaExecutable.current());
        command.addAll(JVM_OPTIONS);
        if (!optimizingJit) {
            command.add(QUICK_JIT_ONLY);
        }
        command.addAll(new ClassDataArchive(jar).useOptions());
        // the RocketMQ client writes its own log and broadcast offsets under the user's home by default
        Path clientFiles = rocketMqClientFiles.resolve(application.moduleName());
        command.add("-Drocketmq.log.root=" + clientFiles.resolve("logs"));
        command.add("-Drocketmq.client.localOffsetStoreDir=" + clientFiles.resolve("offsets"));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    Map<String, String> environmentOf(ShopApplication application) {
        Map<String, String> result = new LinkedHashMap<>(environment);
        String httpPort = Integer.toString(ports.http(application));
        result.put("SERVER_PORT", httpPort);
        result.put(application.portVariable(), httpPort);
        if (application.isDubboProvider()) {
            result.put("SHOP_DUBBO_PORT", Integer.toString(ports.dubbo(application)));
        }
        // the goods service's MQTT clients keep their in-flight QoS 2 messages on disk; not in the working directory
        result.put("SHOP_VENDING_MQTT_STATE_DIR",
                rocketMqClientFiles.resolve(application.moduleName()).resolve("mqtt-state").toString());
        result.putAll(applicationEnvironment.getOrDefault(application, Map.of()));
        return result;
    }

    public Path logFile(ShopApplication application) {
        return logDirectory.resolve(application.moduleName() + ".log");
    }
}
