package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The runnable jar Maven builds for an application: the one jar in its module's target folder that is no by-product. */
public final class ApplicationJar {

    private ApplicationJar() {}

    public static Path find(Path repositoryRoot, String moduleName) {
        Path target = repositoryRoot.resolve(moduleName).resolve("target");
        List<Path> candidates = candidates(target);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String build = "build it with ./mvnw -q -B -DskipTests package";
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no runnable jar of " + moduleName + " in " + target + "; " + build);
        }
        throw new IllegalStateException("several jars of " + moduleName + " in " + target + ": "
                + candidates.stream().map(Path::getFileName).toList() + "; remove the stale ones or run ./mvnw clean");
    }

    private static List<Path> candidates(Path target) {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isApplicationJar(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }

    static boolean isApplicationJar(String fileName) {
        return fileName.endsWith(".jar")
                && !fileName.startsWith("original-")
                && !fileName.endsWith("-plain.jar")
                && !fileName.endsWith("-sources.jar")
                && !fileName.endsWith("-javadoc.jar")
                && !fileName.endsWith("-tests.jar");
    }
}
