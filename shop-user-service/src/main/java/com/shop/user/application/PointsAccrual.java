package com.shop.user.application;

import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.OrderLedger;
import com.shop.common.ledger.Undo;
import com.shop.user.domain.Points;
import com.shop.user.domain.ScoreLogEntry;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points paid orders earn, through the order-keyed score log ({@link OrderLedger}) as the balance goes through
 * the money log: points are credited once, taken back only from an order that earned them, and never credited to an
 * order whose cancel was heard of first.
 */
@Slf4j
@Service
public class PointsAccrual {

    private final UserRepository users;
    private final OrderLedger<ScoreLogEntry> scoreLog;

    public PointsAccrual(UserRepository users, LedgerTable<ScoreLogEntry> scoreLogTable) {
        this.users = users;
        this.scoreLog = new OrderLedger<>("score log", scoreLogTable);
    }

    /** @return true when this call credited the order's points, false when they were credited before or fenced off */
    @Transactional
    public boolean creditPaidOrder(long orderId, long userId, BigDecimal payAmount) {
        int points = Points.earnedFor(payAmount);
        boolean credited = scoreLog.forward(ScoreLogEntry.credit(orderId, userId, points), () -> {
                    if (points > 0 && !users.addPoints(userId, points)) {
                        // the exception rolls the score log row back with it, so a later delivery tries again
                        throw new IllegalStateException("user " + userId + " of paid order " + orderId
                                + " does not exist or cannot hold " + points + " more points");
                    }
                })
                .taken();
        if (credited) {
            log.info("Credited {} points to user {} for paid order {}", points, userId, orderId);
        }
        return credited;
    }

    /**
     * Takes back the points a cancelled (refunded) order earned, once; when it earned none yet, leaves a tombstone so
     * that its payment, heard of later, credits nothing.
     *
     * @return the points taken back by this call
     */
    @Transactional
    public int revokeCancelledOrder(long orderId, long userId) {
        Undo<ScoreLogEntry> revoked =
                scoreLog.undo(ScoreLogEntry.tombstone(orderId, userId), ScoreLogEntry::revoking, credit -> {
                    if (credit.getScore() > 0 && !users.takePoints(credit.getUserId(), credit.getScore())) {
                        throw new IllegalStateException("user " + credit.getUserId() + " of cancelled order " + orderId
                                + " no longer has the " + credit.getScore() + " points it earned");
                    }
                });
        return revoked.gaveBack() ? revoked.forward().getScore() : 0;
    }
}
