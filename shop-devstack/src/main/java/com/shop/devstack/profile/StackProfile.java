package com.shop.devstack.profile;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * {@code ./shop profile}: where a running stack spends its CPU, while the caller drives load at it. For a window of
 * seconds it reads how much CPU each process of the stack used (from {@code /proc}), and samples every JVM's stacks
 * with async-profiler, attached from outside (the library ships in this jar; perf events where the kernel allows
 * them, a timer otherwise). It then writes per process its CPU per second of the window and, per JVM, the share of its
 * samples per library, the frames most samples were taken in, and the shop's own methods with all they called.
 */
public final class StackProfile {

    private static final String LIBRARY = "libasyncProfiler.so";
    private static final int TOP = 12;

    private final Path dataRoot;
    private final int seconds;
    private final Path output;

    private StackProfile(Path dataRoot, int seconds, Path output) {
        this.dataRoot = dataRoot;
        this.seconds = seconds;
        this.output = output;
    }

    /** @param args {@code <data folder> <seconds>} */
    public static void main(String[] args) throws Exception {
        Path dataRoot = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path output = dataRoot.resolve("profiles")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        String summary = new StackProfile(dataRoot, seconds, output).run();
        System.out.println(summary);
        System.out.println("Stacks and this summary: " + output);
    }

    record Target(String name, long pid, boolean jvm) {}

    private String run() throws Exception {
        List<Target> targets = targets();
        if (targets.isEmpty()) {
            throw new IllegalStateException("no stack is running from " + dataRoot + "; start one with ./shop up");
        }
        Files.createDirectories(output);
        Path library = extractLibrary();
        long[] before = cpu(targets);
        List<String> events = new ArrayList<>();
        for (Target target : targets) {
            if (target.jvm()) {
                events.add(target.name() + ": " + startSampling(target, library));
            }
        }
        Thread.sleep(seconds * 1000L);
        for (Target target : targets) {
            if (target.jvm()) {
                attach(target, library, "stop,file=" + collapsed(target) + ",collapsed");
            }
        }
        long[] after = cpu(targets);
        String summary = summary(targets, before, after, events);
        Files.writeString(output.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        return summary;
    }

    private List<Target> targets() throws IOException {
        List<Target> targets = new ArrayList<>();
        pid(dataRoot.resolve("devstack.pid"))
                .ifPresent(
                        pid -> targets.add(new Target("launcher (ZooKeeper, RocketMQ, MQTT, sandboxes)", pid, true)));
        Path children = dataRoot.resolve("pids");
        if (Files.isDirectory(children)) {
            try (Stream<Path> files = Files.list(children)) {
                files.sorted().forEach(file -> {
                    String name = file.getFileName().toString().replace(".pid", "");
                    pid(file).ifPresent(pid -> targets.add(new Target(name, pid, !name.equals("mariadbd"))));
                });
            }
        }
        return targets;
    }

    private static OptionalLong pid(Path file) {
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The library for this machine's architecture, out of this jar into the data folder. */
    private Path extractLibrary() throws IOException {
        String platform = System.getProperty("os.arch").contains("aarch64") ? "linux-arm64" : "linux-x64";
        Path target = dataRoot.resolve("tools").resolve(platform).resolve(LIBRARY);
        try (InputStream in = StackProfile.class.getResourceAsStream("/" + platform + "/" + LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException("async-profiler for " + platform + " is not in this jar");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** CPU sampling through perf events where the kernel allows them, else through a timer signal. */
    private String startSampling(Target target, Path library) throws Exception {
        try {
            attach(target, library, "start,event=cpu,interval=1ms");
            return "cpu (perf events)";
        } catch (AgentInitializationException refused) {
            attach(target, library, "start,event=itimer,interval=1ms");
            return "itimer";
        }
    }

    private static void attach(Target target, Path library, String command) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(target.pid()));
        try {
            vm.loadAgentPath(library.toString(), command);
        } finally {
            vm.detach();
        }
    }

    private Path collapsed(Target target) {
        return output.resolve(target.name().split(" ")[0] + ".collapsed");
    }

    private static long[] cpu(List<Target> targets) {
        return targets.stream()
                .mapToLong(target -> ProcessCpu.millis(target.pid()).orElse(-1))
                .toArray();
    }

    private String summary(List<Target> targets, long[] before, long[] after, List<String> events) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "CPU of each process over %d s (ms of CPU per second; 1000 is one core busy)%n%n",
                seconds));
        long total = 0;
        for (int i = 0; i < targets.size(); i++) {
            long used = before[i] < 0 || after[i] < 0 ? 0 : after[i] - before[i];
            total += used;
            text.append(
                    String.format(Locale.ROOT, "  %-48s %7.1f%n", targets.get(i).name(), used / (double) seconds));
        }
        text.append(String.format(
                Locale.ROOT,
                "  %-48s %7.1f%n%nSampling: %s%n",
                "all of them",
                total / (double) seconds,
                String.join(", ", events)));
        for (Target target : targets) {
            if (target.jvm()) {
                text.append(jvmSummary(target));
            }
        }
        return text.toString();
    }

    private String jvmSummary(Target target) {
        List<String> lines;
        try {
            lines = Files.readAllLines(collapsed(target), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no samples of " + target.name(), e);
        }
        CollapsedStacks stacks = CollapsedStacks.parse(lines);
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%n== %s: %d samples, %.0f%% of them in the kernel%n",
                target.name(),
                stacks.samples(),
                100 * stacks.kernelShare()));
        append(text, "by library (the deepest frame of a known library)", stacks.areas());
        append(text, "frames the samples were taken in", stacks.topLeaves(TOP));
        append(text, "the shop's methods, with all they called", stacks.topShopMethods(TOP));
        return text.toString();
    }

    private static void append(StringBuilder text, String title, Map<String, Double> shares) {
        text.append("  ").append(title).append('\n');
        shares.forEach((name, share) -> text.append(String.format(
                Locale.ROOT,
                "    %5.1f%%  %s%n",
                100 * share,
                name.length() > 110 ? name.substring(0, 110) + "…" : name)));
    }
}
