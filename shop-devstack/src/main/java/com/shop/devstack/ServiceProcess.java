package com.shop.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** One running shop application: a JVM whose output is appended to its log file. */
public final class ServiceProcess {

    private final ShopApplication application;
    private final Process process;
    private final Path logFile;
    private final int httpPort;
    private final long startedAtMillis;

    private ServiceProcess(
            ShopApplication application, Process process, Path logFile, int httpPort, long startedAtMillis) {
        this.application = application;
        this.process = process;
        this.logFile = logFile;
        this.httpPort = httpPort;
        this.startedAtMillis = startedAtMillis;
    }

    static ServiceProcess start(
            ShopApplication application,
            List<String> command,
            Map<String, String> environment,
            Path logFile,
            int httpPort)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        // the log keeps earlier runs; a header tells them apart
        Files.writeString(
                logFile,
                System.lineSeparator() + "===== " + LocalDateTime.now() + " starting " + String.join(" ", command)
                        + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        long startedAtMillis = System.currentTimeMillis();
        return new ServiceProcess(application, builder.start(), logFile, httpPort, startedAtMillis);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    public ShopApplication application() {
        return application;
    }

    /**
     * The instance's name: its module's, with the instance's number from the second on ({@code shop-goods-service-2});
     * its log file is named after it.
     */
    public String name() {
        return logFile.getFileName().toString().replaceFirst("\\.log$", "");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** When the process was started, in epoch milliseconds. */
    public long startedAtMillis() {
        return startedAtMillis;
    }

    public int httpPort() {
        return httpPort;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> logTail(int lines) {
        return LogTail.lastLines(logFile, lines);
    }

    /** Asks the application to stop (SIGTERM): Spring Boot finishes in-flight requests and Dubbo unregisters. */
    public void requestStop() {
        process.destroy();
    }

    /** Ends the process at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
    }

    /**
     * Stops the process in its tracks (SIGSTOP): it holds its connections and answers nothing, as a process stalled
     * by a long GC pause or a starved host does, until {@link #thaw()}.
     */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a {@link #freeze() frozen} process run on (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid()))
                    .inheritIO()
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + this + " (needs kill, as on Linux and macOS)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the process to end; true when it did within the time. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    @Override
    public String toString() {
        return name() + " (pid " + pid() + ", port " + httpPort + ")";
    }
}
