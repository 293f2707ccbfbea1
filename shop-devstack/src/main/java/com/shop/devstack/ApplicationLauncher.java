package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts an application from its packaged jar as a separate JVM, pointed at the infrastructure. */
public final class ApplicationLauncher {

    /**
     * The JVM options of every application, tuned for seven JVMs on two cores: small stacks, the serial collector,
     * the quick C1 compiler only, a bounded heap, and the opens Dubbo's and fastjson2's reflection needs.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.base/java.math=ALL-UNNAMED");

    private final Path repositoryRoot;
    private final ExtractedApplications unpacked;
    private final Path logDirectory;
    private final Path rocketMqClientFiles;
    private final ApplicationPorts ports;
    private final Map<String, String> environment;
    private final Map<ShopApplication, Map<String, String>> applicationEnvironment;

    /**
     * @param unpackedApplications   where the applications' jars are unpacked to run
     * @param environment            given to every application: the infrastructure's addresses and the caller's extras
     * @param applicationEnvironment given to one application only, overriding the shared environment
     */
    public ApplicationLauncher(Path repositoryRoot, Path logDirectory, Path rocketMqClientFiles,
                               Path unpackedApplications, ApplicationPorts ports, Map<String, String> environment,
                               Map<ShopApplication, Map<String, String>> applicationEnvironment) {
        this.repositoryRoot = repositoryRoot;
        this.unpacked = new ExtractedApplications(unpackedApplications);
        this.logDirectory = logDirectory;
        this.rocketMqClientFiles = rocketMqClientFiles;
        this.ports = ports;
        this.environment = Map.copyOf(environment);
        this.applicationEnvironment = Map.copyOf(applicationEnvironment);
    }

    /** Unpacks the applications' jars that were rebuilt since they were last unpacked, several at a time. */
    public void prepare(Collection<ShopApplication> applications) {
        applications.parallelStream().forEach(this::runnableJar);
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

    private Path runnableJar(ShopApplication application) {
        return unpacked.runnableJar(application, ApplicationJar.find(repositoryRoot, application.moduleName()));
    }

    List<String> command(ShopApplication application, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(JavaExecutable.current());
        command.addAll(JVM_OPTIONS);
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
