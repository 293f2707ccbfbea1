package com.shop.check;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Reads every service database and reports each invariant of the suite (docs/architecture.md, "Invariants") with the
 * rows that break it. Read-only: it takes one consistent snapshot per database and changes nothing.
 */
public final class InvariantChecker {

    private static final List<InvariantGroup> GROUPS = List.of(
            new StockInvariants(),
            new VendingInvariants(),
            new MoneyInvariants(),
            new CouponInvariants(),
            new PaymentInvariants(),
            new ProgressInvariants(),
            new MessagingInvariants(),
            new IdentityInvariants());

    private final ShopDatabases databases;

    public InvariantChecker(ShopDatabases databases) {
        this.databases = databases;
    }

    /** @throws CheckFailedException when a database cannot be read */
    public CheckReport check(CheckBounds bounds) {
        Instant checkedAt = Instant.now();
        try (Snapshot snapshot = new Snapshot(databases)) {
            Findings findings = new Findings();
            CheckContext context = CheckContext.of(snapshot, bounds, findings);
            for (InvariantGroup group : GROUPS) {
                group.check(context);
            }
            return findings.report(checkedAt);
        } catch (SQLException e) {
            throw new CheckFailedException("could not read the service databases", e);
        }
    }
}
