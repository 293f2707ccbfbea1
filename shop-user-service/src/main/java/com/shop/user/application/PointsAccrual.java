package com.shop.user.application;

import com.shop.user.domain.LedgerPhase;
import com.shop.user.domain.Points;
import com.shop.user.domain.ScoreLogEntry;
import com.shop.user.domain.ScoreOperation;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points paid orders earn, under the same ledger rules as the balance: each score-log slot of an order is written
 * once and commits with the score change it records, so points are credited once, taken back only from an order that
 * earned them, and never credited to an order whose cancel was heard of first.
 */
@Slf4j
@Service
public class PointsAccrual {

    private final UserRepository users;

    public PointsAccrual(UserRepository users) {
        this.users = users;
    }

    /** @return true when this call credited the order's points, false when they were credited before or refused */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean creditPaidOrder(long orderId, long userId, BigDecimal payAmount) {
        int points = Points.earnedFor(payAmount);
        if (!users.addScoreLogEntry(new ScoreLogEntry(orderId, userId, LedgerPhase.FORWARD, ScoreOperation.CREDIT,
                points))) {
            return false;
        }
        if (points > 0 && !users.addPoints(userId, points)) {
            // the exception rolls the score log row back with it, so a later delivery tries again
            throw new IllegalStateException("user " + userId + " of paid order " + orderId
                    + " does not exist or cannot hold " + points + " more points");
        }
        log.info("Credited {} points to user {} for paid order {}", points, userId, orderId);
        return true;
    }

    /**
     * Takes back the points a cancelled (refunded) order earned, once; when it earned none yet, leaves a tombstone so
     * that its payment, heard of later, credits nothing.
     *
     * @return the points taken back by this call
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int revokeCancelledOrder(long orderId, long userId) {
        if (users.addScoreLogEntry(new ScoreLogEntry(orderId, userId, LedgerPhase.FORWARD, ScoreOperation.VOID, 0))) {
            return 0;
        }
        Optional<ScoreLogEntry> forward = users.findScoreLogEntry(orderId, LedgerPhase.FORWARD);
        if (forward.isEmpty() || forward.get().op() != ScoreOperation.CREDIT || forward.get().score() == 0) {
            return 0;
        }
        int points = forward.get().score();
        long owner = forward.get().userId();
        if (!users.addScoreLogEntry(new ScoreLogEntry(orderId, owner, LedgerPhase.UNDO, ScoreOperation.REVOKE, -points))) {
            return 0;
        }
        if (!users.takePoints(owner, points)) {
            throw new IllegalStateException("user " + owner + " of cancelled order " + orderId + " no longer has the "
                    + points + " points it earned");
        }
        log.info("Took back {} points from user {} for cancelled order {}", points, owner, orderId);
        return points;
    }
}
