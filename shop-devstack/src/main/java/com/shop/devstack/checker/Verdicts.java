package com.shop.devstack.checker;

import com.shop.check.CheckBounds;
import com.shop.check.CheckFailedException;
import com.shop.check.CheckReport;
import com.shop.check.InvariantChecker;
import com.shop.check.ShopDatabases;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The checker's verdicts, one run at a time: a run reads all five service databases, so a console polling it (or
 * several tabs of it) must not multiply that load. A verdict given less than {@link #REUSE_FOR} ago is given again,
 * per bounds; callers waiting while a run is under way get its verdict. A failed run is not kept: the next caller
 * tries again.
 */
final class Verdicts {

    static final Duration REUSE_FOR = Duration.ofSeconds(3);

    private final Function<CheckBounds, CheckReport> checker;
    private final long reuseForNanos;
    private final Map<CheckBounds, Given> latest = new HashMap<>();

    Verdicts(ShopDatabases databases) {
        this(new InvariantChecker(databases)::check, REUSE_FOR);
    }

    /** @param checker runs the checker once with the bounds given */
    Verdicts(Function<CheckBounds, CheckReport> checker, Duration reuseFor) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.reuseForNanos = reuseFor.toNanos();
    }

    /** @throws CheckFailedException when the databases cannot be read */
    synchronized CheckReport verdict(CheckBounds bounds) {
        Given given = latest.get(bounds);
        // aged from when it was given, not from its snapshot: callers queued behind a slow run must not each run again
        if (given != null && System.nanoTime() - given.nanos() < reuseForNanos) {
            return given.report();
        }
        CheckReport report = checker.apply(bounds);
        latest.put(bounds, new Given(report, System.nanoTime()));
        return report;
    }

    private record Given(CheckReport report, long nanos) {}
}
