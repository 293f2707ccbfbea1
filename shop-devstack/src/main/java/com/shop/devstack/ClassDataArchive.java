package com.shop.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The class-data-sharing archive (AppCDS) of an unpacked application, beside its jar: the classes its start loads,
 * recorded once by a training run ({@link ClassDataTraining}) and mapped into every later JVM, so a start on two cores
 * takes about a fifth less. It lives in the unpacked folder, so a rebuilt jar (unpacked again) is trained again.
 *
 * <p>A JVM maps only an archive that was written whole: the training writes to a temporary file, which becomes the
 * archive only once the training exited cleanly. A torn archive would crash the JVMs that map it.
 */
final class ClassDataArchive {

    private final Path archive;
    private final Path training;

    ClassDataArchive(Path runnableJar) {
        String name = runnableJar.getFileName().toString().replaceFirst("\\.jar$", "");
        this.archive = runnableJar.resolveSibling(name + ".jsa");
        this.training = runnableJar.resolveSibling(name + ".jsa.training");
    }

    boolean exists() {
        return Files.isRegularFile(archive);
    }

    /** What a JVM is started with to map the archive, quietly; nothing before the archive exists. */
    List<String> useOptions() {
        return exists()
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of();
    }

    /**
     * What the training JVM is started with: it records the classes loaded until the application context is
     * refreshed, then exits before anything starts (no Dubbo export, no listener), writing the archive.
     */
    List<String> trainingOptions() {
        return List.of(
                "-XX:ArchiveClassesAtExit=" + training,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-Dspring.context.exit=onRefresh");
    }

    /** Makes the archive of a training that exited cleanly the one later starts map. */
    void keepTraining() {
        try {
            Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the class-data archive " + training, e);
        }
    }

    void discardTraining() {
        try {
            Files.deleteIfExists(training);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + training, e);
        }
    }

    boolean trainingWritten() {
        return Files.isRegularFile(training);
    }
}
