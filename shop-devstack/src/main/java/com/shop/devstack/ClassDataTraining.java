package com.shop.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the class-data archives of applications that have none, after the stack they belong to is up: a training
 * run of each, one after another, at the lowest priority, so the stack serves meanwhile and the first start after a
 * build does not wait for them (it would take half as long again). A training run refreshes the application's
 * context and exits before anything starts (no web server, no Dubbo export, no listener), so it runs beside the
 * application itself. An archive is kept only from a training that exited cleanly; one that failed is recorded again
 * after the next start.
 */
public final class ClassDataTraining implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClassDataTraining.class);
    private static final long TIMEOUT_SECONDS = 240;

    /** One training run: the command, its environment, and where its output goes. */
    record Run(
            ShopApplication application,
            ClassDataArchive archive,
            List<String> command,
            Map<String, String> environment,
            Path log) {}

    private final List<Run> runs;
    private final Thread thread;
    private boolean stopped;
    private Process current;

    private ClassDataTraining(List<Run> runs) {
        this.runs = List.copyOf(runs);
        this.thread = new Thread(this::trainAll, "class-data-training");
        this.thread.setDaemon(true);
    }

    static ClassDataTraining start(List<Run> runs) {
        ClassDataTraining training = new ClassDataTraining(runs);
        training.thread.start();
        return training;
    }

    private void trainAll() {
        long begin = System.nanoTime();
        int recorded = 0;
        for (Run run : runs) {
            if (train(run)) {
                recorded++;
            } else if (isStopped()) {
                return;
            }
        }
        log.info(
                "recorded the class-data archives of {} applications in the background ({} s); later starts map "
                        + "them",
                recorded,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin));
    }

    private boolean train(Run run) {
        try {
            ProcessBuilder builder = new ProcessBuilder(run.command())
                    .redirectErrorStream(true)
                    .redirectOutput(run.log().toFile());
            builder.environment().putAll(run.environment());
            Process process = launch(builder);
            if (process == null) {
                return false;
            }
            boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (exited && process.exitValue() == 0 && run.archive().trainingWritten()) {
                run.archive().keepTraining();
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            run.archive().discardTraining();
            if (!isStopped()) {
                log.warn(
                        "no class-data archive for {}: its training {} (see {})",
                        run.application().moduleName(),
                        exited ? "exited with code " + process.exitValue() : "took too long",
                        run.log());
            }
        } catch (IOException e) {
            run.archive().discardTraining();
            log.warn("no class-data archive for {}: {}", run.application().moduleName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.archive().discardTraining();
        }
        return false;
    }

    /** @return whether every run ended within the time given */
    boolean awaitFinished(Duration patience) throws InterruptedException {
        thread.join(patience.toMillis());
        return !thread.isAlive();
    }

    /** Starts a training run unless the training was stopped: a run started after {@link #close} would outlive it. */
    private synchronized Process launch(ProcessBuilder builder) throws IOException {
        if (stopped) {
            return null;
        }
        current = builder.start();
        return current;
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    /** Stops the training under way, if any, and waits for it; what it had not recorded is recorded another time. */
    @Override
    public void close() {
        synchronized (this) {
            stopped = true;
            if (current != null) {
                current.destroyForcibly();
            }
        }
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
