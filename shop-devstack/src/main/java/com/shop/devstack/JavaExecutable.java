package com.shop.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** The java command of the running JVM, so the applications run on the same Java as the launcher. */
final class JavaExecutable {

    private JavaExecutable() {}

    static String current() {
        return ProcessHandle.current()
                .info()
                .command()
                .filter(command -> Path.of(command).getFileName().toString().startsWith("java"))
                .orElseGet(JavaExecutable::fromJavaHome);
    }

    private static String fromJavaHome() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
