package com.shop.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.check.CheckBounds;
import com.shop.check.CheckReport;
import com.shop.check.InvariantChecker;
import com.shop.check.ShopDatabases;
import com.shop.infra.EmbeddedMariaDb;
import java.time.Duration;
import java.util.function.Function;

/**
 * What must hold across all services once the dust settles, checked by the suite's own invariant checker
 * ({@code ./shop check}, docs/architecture.md "Invariants") against the stack's databases.
 */
public final class Invariants {

    private final InvariantChecker checker;

    public Invariants(Function<String, String> jdbcUrls) {
        this.checker = new InvariantChecker(
                ShopDatabases.onOneServer(jdbcUrls, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD));
    }

    /** Waits until every invariant holds with nothing left in flight, failing with the last report. */
    public void holdWithin(Duration patience) {
        holdWithin(patience, CheckBounds.quiet());
    }

    /** Waits until every invariant holds within the bounds (a suite still under load), failing with the last report. */
    public void holdWithin(Duration patience, CheckBounds bounds) {
        await().atMost(patience).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> hold(bounds));
    }

    /** Every invariant holds now, nothing left in flight. */
    public void hold() {
        hold(CheckBounds.quiet());
    }

    public void hold(CheckBounds bounds) {
        CheckReport report = checker.check(bounds);
        assertThat(report.passed()).as(report::format).isTrue();
    }

    public CheckReport check(CheckBounds bounds) {
        return checker.check(bounds);
    }
}
