package com.shop.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout this code runs from: the nearest directory, upwards, holding the Maven wrapper. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        String configured = System.getProperty("shop.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the shop checkout (no mvnw above " + Path.of("").toAbsolutePath() + ")");
    }
}
