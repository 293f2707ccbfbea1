package com.shop.devstack.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time a process has used so far, from {@code /proc/<pid>/stat} (user plus system time, in clock ticks of
 * 1/100 s on Linux): read before and after a window, it says how much of the machine each process took.
 */
final class ProcessCpu {

    /** USER_HZ, which the kernel exposes as 100 on every mainstream architecture. */
    static final int TICKS_PER_SECOND = 100;

    private static final int UTIME_FIELD = 14;
    private static final int STIME_FIELD = 15;

    private ProcessCpu() {}

    /** @return the process's CPU time in milliseconds, or empty when it is gone or this is not Linux */
    static OptionalLong millis(long pid) {
        try {
            return OptionalLong.of(parseMillis(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The stat line's second field is the command in parentheses, which may itself hold spaces and parentheses. */
    static long parseMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state)
        long ticks = Long.parseLong(fields[UTIME_FIELD - 3]) + Long.parseLong(fields[STIME_FIELD - 3]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }
}
