package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Process ids in the data folder, so {@code ./shop down} can stop a stack from another terminal and clean up
 * processes a killed launcher left behind: {@code devstack.pid} (the launcher) and {@code pids/<name>.pid}
 * (applications and mariadbd).
 */
final class PidFiles {

    static final String LAUNCHER = "devstack.pid";
    static final String CHILDREN = "pids";

    private final Path dataRoot;

    PidFiles(Path dataRoot) {
        this.dataRoot = dataRoot;
    }

    void recordLauncher() {
        write(dataRoot.resolve(LAUNCHER), ProcessHandle.current().pid());
    }

    void removeLauncher() {
        delete(dataRoot.resolve(LAUNCHER));
    }

    /** The pid of a launcher that still runs, if the file names one. */
    OptionalLong runningLauncher() {
        Path file = dataRoot.resolve(LAUNCHER);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(
                    Files.readString(file, StandardCharsets.UTF_8).trim());
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    void recordChild(String name, long pid) {
        write(dataRoot.resolve(CHILDREN).resolve(name + ".pid"), pid);
    }

    void removeChild(String name) {
        delete(dataRoot.resolve(CHILDREN).resolve(name + ".pid"));
    }

    private static void write(Path file, long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
