package com.shop.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The command line of {@link DevStackMain}:
 * {@code up|infra|help [--fresh] [--root <dir>] [--timeout <seconds>] [--all-at-once] [--quick-jit] [--instances <n>]}.
 */
record LauncherArguments(
        Command command,
        boolean fresh,
        Optional<Path> root,
        Duration timeout,
        StartOrder startOrder,
        boolean optimizingJit,
        int instances) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    /** More than this many instances of seven applications would only fight over two or four cores. */
    static final int MAX_INSTANCES = 3;

    static final String USAGE = """
            usage: ./shop <command> [options]

            commands:
              up      start the infrastructure and the seven applications, print their URLs, wait for Ctrl-C
              infra   start only the infrastructure (ZooKeeper, RocketMQ, MariaDB, MQTT), for applications run from an IDE
              down    stop a stack started in another terminal
              help    show this text

            options of up and infra:
              --fresh              start from empty data (the unpacked MariaDB binaries and the logs are kept)
              --root <dir>         the shop checkout (default: the folder holding mvnw, searched upwards)
              --timeout <seconds>  how long the applications may take to become ready (default 180)
              --all-at-once        start all applications together instead of in dependency order
              --quick-jit          run the applications with the quick JIT compiler (C1) only: a faster start,
                                   about half the throughput (default: C1 and C2, the optimizing one)
              --instances <n>      run n instances of every application (at most 3; default 1): the later ones on
                                   free ports, listed when ready, sharing consumer groups, registry and databases

            Data and logs live in <root>/.devstack (zookeeper/ rocketmq/ mariadb/ mqtt/ logs/).""";

    enum Command {
        UP,
        INFRA,
        HELP
    }

    static LauncherArguments parse(String... arguments) {
        Command command = null;
        boolean fresh = false;
        Path root = null;
        Duration timeout = DEFAULT_TIMEOUT;
        StartOrder startOrder = StartOrder.WAVES;
        boolean optimizingJit = true;
        int instances = 1;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            switch (argument) {
                case "up" -> command = only(command, Command.UP);
                case "infra" -> command = only(command, Command.INFRA);
                case "help", "-h", "--help" -> command = only(command, Command.HELP);
                case "--fresh" -> fresh = true;
                case "--all-at-once" -> startOrder = StartOrder.ALL_AT_ONCE;
                case "--quick-jit" -> optimizingJit = false;
                case "--root" -> root = Path.of(valueAfter(arguments, ++i, argument));
                case "--timeout" -> timeout = seconds(valueAfter(arguments, ++i, argument));
                case "--instances" -> instances = instances(valueAfter(arguments, ++i, argument));
                default -> {
                    if (argument.startsWith("--root=")) {
                        root = Path.of(argument.substring("--root=".length()));
                    } else if (argument.startsWith("--timeout=")) {
                        timeout = seconds(argument.substring("--timeout=".length()));
                    } else if (argument.startsWith("--instances=")) {
                        instances = instances(argument.substring("--instances=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown argument: " + argument);
                    }
                }
            }
        }
        if (command == null) {
            throw new IllegalArgumentException("missing command: up, infra or help");
        }
        return new LauncherArguments(
                command, fresh, Optional.ofNullable(root), timeout, startOrder, optimizingJit, instances);
    }

    private static Command only(Command already, Command next) {
        if (already != null) {
            throw new IllegalArgumentException("one command only, not both "
                    + already.name().toLowerCase() + " and " + next.name().toLowerCase());
        }
        return next;
    }

    private static String valueAfter(String[] arguments, int index, String option) {
        if (index >= arguments.length || arguments[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments[index];
    }

    private static int instances(String value) {
        try {
            int instances = Integer.parseInt(value);
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new NumberFormatException();
            }
            return instances;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--instances takes 1 to " + MAX_INSTANCES + ", not '" + value + "'");
        }
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout takes a positive number of seconds, not '" + value + "'");
        }
    }
}
