package com.shop.devstack;

import com.shop.infra.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the applications from their executable jars unpacked into Spring Boot's extracted layout (an application jar
 * beside {@code lib/}): on two cores, loading classes out of the nested jars of an executable jar costs a start about
 * half its time. A jar is unpacked once, and again only when it was rebuilt.
 */
final class ExtractedApplications {

    private static final Logger log = LoggerFactory.getLogger(ExtractedApplications.class);
    /** Names the jar an extraction came from, by path, size and modification time. */
    private static final String SOURCE_STAMP = ".extracted-from";

    private static final long EXTRACT_TIMEOUT_SECONDS = 120;

    private final Path root;
    private final Extractor extractor;

    /** Unpacking with Spring Boot's own jar tools ({@code java -Djarmode=tools -jar <jar> extract}). */
    ExtractedApplications(Path root) {
        this(root, ExtractedApplications::extract);
    }

    ExtractedApplications(Path root, Extractor extractor) {
        this.root = root;
        this.extractor = extractor;
    }

    /** Unpacks an executable jar into an empty folder. */
    @FunctionalInterface
    interface Extractor {
        void extract(Path executableJar, Path folder) throws IOException;
    }

    /**
     * The application jar of the extracted layout of {@code executableJar}, unpacking it first when needed. Different
     * applications may be asked for at once; each has a folder of its own.
     */
    Path runnableJar(ShopApplication application, Path executableJar) {
        Path folder = root.resolve(application.moduleName());
        Path runnable = folder.resolve(executableJar.getFileName());
        String source = stampOf(executableJar);
        Path stamp = folder.resolve(SOURCE_STAMP);
        try {
            if (Files.isRegularFile(runnable)
                    && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(source)) {
                return runnable;
            }
            Folders.delete(folder);
            Files.createDirectories(folder.getParent());
            extractor.extract(executableJar, folder);
            if (!Files.isRegularFile(runnable)) {
                throw new IOException("unpacking left no " + runnable.getFileName());
            }
            Files.writeString(stamp, source);
            return runnable;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + executableJar + " into " + folder, e);
        }
    }

    private static void extract(Path executableJar, Path folder) throws IOException {
        long begin = System.nanoTime();
        Process extraction = new ProcessBuilder(List.of(
                        JavaExecutable.current(),
                        "-Djarmode=tools",
                        "-jar",
                        executableJar.toString(),
                        "extract",
                        "--destination",
                        folder.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!extraction.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                extraction.destroyForcibly();
                throw new IOException("unpacking took longer than " + EXTRACT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            extraction.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking", e);
        }
        if (extraction.exitValue() != 0) {
            throw new IOException("unpacking exited with code " + extraction.exitValue());
        }
        log.info("unpacked {} ({} ms)", executableJar.getFileName(), (System.nanoTime() - begin) / 1_000_000);
    }

    private static String stampOf(Path executableJar) {
        try {
            return executableJar.toAbsolutePath() + " " + Files.size(executableJar) + " "
                    + Files.getLastModifiedTime(executableJar).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + executableJar, e);
        }
    }
}
