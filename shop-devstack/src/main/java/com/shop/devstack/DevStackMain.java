package com.shop.devstack;

import com.shop.infra.RepositoryRoot;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code ./shop up} and {@code ./shop infra}: starts a {@link DevStack} in the repository's {@code .devstack} folder,
 * prints where everything is, and stops it all on Ctrl-C or SIGTERM.
 */
public final class DevStackMain {

    private static final long WATCH_INTERVAL_MS = 2_000;

    private DevStackMain() {}

    public static void main(String[] args) {
        LauncherArguments arguments;
        try {
            arguments = LauncherArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LauncherArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.command() == LauncherArguments.Command.HELP) {
            System.out.println(LauncherArguments.USAGE);
            return;
        }
        Path root;
        try {
            root = arguments
                    .root()
                    .map(path -> path.toAbsolutePath().normalize())
                    .orElseGet(RepositoryRoot::find);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // before anything logs: logging reads these once
        System.setProperty(
                "shop.devstack.logs",
                root.resolve(DevStackOptions.DATA_FOLDER).resolve("logs").toString());
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "shop-devstack-logback.xml");
        }
        // RocketMQ ships a second SLF4J provider; naming ours and quieting SLF4J's own notes spares the console
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        int exitCode;
        try {
            exitCode = run(arguments, root);
        } catch (IllegalArgumentException e) {
            // a malformed SHOP_*_PORT variable, say
            System.err.println(e.getMessage());
            exitCode = 2;
        }
        System.exit(exitCode);
    }

    private static int run(LauncherArguments arguments, Path root) {
        DevStackOptions.Builder options = DevStackOptions.defaults(root)
                .freshData(arguments.fresh())
                .readinessTimeout(arguments.timeout())
                .startOrder(arguments.startOrder())
                .optimizingJit(arguments.optimizingJit())
                .instances(arguments.instances())
                // the hook below stops the stack and then removes the pid file
                .stopOnJvmExit(false);
        if (arguments.command() == LauncherArguments.Command.INFRA) {
            options.infrastructureOnly();
        }
        DevStack stack = DevStack.create(options.build());
        PidFiles pidFiles = new PidFiles(stack.options().dataRoot());
        OptionalLong other = pidFiles.runningLauncher();
        if (other.isPresent()) {
            System.err.println("A stack is already running from this checkout (pid " + other.getAsLong()
                    + "). Stop it with ./shop down.");
            return 1;
        }
        pidFiles.recordLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack, pidFiles), "shop-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            // the stack has said why before stopping what had started
            System.err.println("shop did not start; everything started was stopped. Logs: "
                    + stack.options().directories().logs());
            return 1;
        }
        System.out.println(ReadyBanner.of(stack));
        watch(stack);
        return 0;
    }

    private static void stop(DevStack stack, PidFiles pidFiles) {
        if (!stack.isStopped()) {
            System.out.println();
            System.out.println("Stopping shop...");
            long begin = System.nanoTime();
            stack.stop();
            System.out.printf("Stopped in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        }
        pidFiles.removeLauncher();
    }

    /** Says once when an application dies while the stack runs; the others keep running. */
    private static void watch(DevStack stack) {
        Set<Long> reported = new HashSet<>();
        while (true) {
            for (ServiceProcess application : stack.applications()) {
                if (!application.isAlive() && reported.add(application.pid())) {
                    System.err.println(application.application().moduleName() + " exited with code "
                            + application.exitCode().orElse(-1) + "; its log: " + application.logFile());
                }
            }
            try {
                Thread.sleep(WATCH_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
