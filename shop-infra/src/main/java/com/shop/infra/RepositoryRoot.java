package com.shop.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the shop checkout: the nearest folder, upwards, holding the Maven wrapper. */
public final class RepositoryRoot {

    private static final String MARKER = "mvnw";

    private RepositoryRoot() {}

    /** Searches from the working directory, which is the repository or a module folder when run by Maven. */
    public static Path find() {
        return findFrom(Path.of(System.getProperty("user.dir")));
    }

    public static Path findFrom(Path start) {
        for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(MARKER))) {
                return folder;
            }
        }
        throw new IllegalStateException("no folder containing " + MARKER + " at or above " + start.toAbsolutePath()
                + "; run from inside the shop checkout or pass --root");
    }
}
