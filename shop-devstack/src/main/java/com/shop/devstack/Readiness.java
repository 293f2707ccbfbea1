package com.shop.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when started applications are ready: the actuator health is UP and, for a Dubbo provider, the process is
 * registered in ZooKeeper. Fails fast when a process dies.
 */
final class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_LINES_SHOWN = 40;

    private final HealthProbe health;
    private final ProviderRegistry registry;

    Readiness(HealthProbe health, ProviderRegistry registry) {
        this.health = health;
        this.registry = registry;
    }

    /** What an application still lacks; null when it is ready. */
    String missing(ServiceProcess application) {
        if (!application.isAlive()) {
            return "exited with code " + application.exitCode().orElse(-1);
        }
        if (!health.isUp(application.httpPort())) {
            return "health at http://127.0.0.1:" + application.httpPort() + "/actuator/health is not UP";
        }
        String dubboInterface = application.application().dubboInterface().orElse(null);
        if (dubboInterface != null && !registry.isRegisteredSince(dubboInterface, application.startedAtMillis())) {
            return dubboInterface + " is not registered in ZooKeeper";
        }
        return null;
    }

    /**
     * Waits until every application is ready.
     *
     * @param cancelled polled between checks; when it turns true the wait ends with an exception
     * @throws DevStackStartException when an application exits, the time is up or the wait is cancelled
     */
    void await(Collection<ServiceProcess> applications, Duration timeout, BooleanSupplier cancelled) {
        await(applications, timeout, cancelled, 0, exited -> exited);
    }

    /**
     * Waits until every application is ready, starting one that exits before it is ready again, up to {@code restarts}
     * times: on two cores a start now and then fails on a broker or registry too busy to answer in time, which a
     * second start gets past, as a process supervisor would have it.
     *
     * @param relaunch starts the application of an exited process again and returns the new process
     */
    void await(
            Collection<ServiceProcess> applications,
            Duration timeout,
            BooleanSupplier cancelled,
            int restarts,
            UnaryOperator<ServiceProcess> relaunch) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(applications);
        Map<ShopApplication, Integer> restarted = new HashMap<>();
        while (true) {
            List<String> reasons = new ArrayList<>();
            for (ServiceProcess application : List.copyOf(waiting)) {
                String missing = missing(application);
                if (missing == null) {
                    waiting.remove(application);
                } else if (!application.isAlive()) {
                    int attempts = restarted.getOrDefault(application.application(), 0);
                    if (attempts >= restarts || cancelled.getAsBoolean()) {
                        throw new DevStackStartException(report(application, missing));
                    }
                    log.warn("{}; starting it again", report(application, missing));
                    restarted.put(application.application(), attempts + 1);
                    waiting.remove(application);
                    waiting.add(relaunch.apply(application));
                } else {
                    reasons.add(report(application, missing));
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (cancelled.getAsBoolean()) {
                throw new DevStackStartException("stopped while starting");
            }
            if (System.nanoTime() > deadline) {
                throw new DevStackStartException(
                        "not ready after " + timeout.toSeconds() + " s:\n" + String.join("\n", reasons));
            }
            sleep();
        }
    }

    private static String report(ServiceProcess application, String missing) {
        return application.application().moduleName() + " (pid " + application.pid() + "): " + missing
                + "\n--- last lines of " + application.logFile() + " ---\n"
                + String.join("\n", application.logTail(LOG_LINES_SHOWN)) + "\n---";
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackStartException("interrupted while waiting for the applications");
        }
    }
}
