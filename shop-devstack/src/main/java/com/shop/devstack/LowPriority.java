package com.shop.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a command at the lowest scheduling priority ({@code nice -n 19}) where the system has {@code nice}. */
final class LowPriority {

    private static final List<Path> NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    private LowPriority() {}

    static List<String> of(List<String> command) {
        return NICE.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .map(nice -> {
                    List<String> niced = new ArrayList<>(List.of(nice.toString(), "-n", "19"));
                    niced.addAll(command);
                    return niced;
                })
                .orElse(command);
    }
}
