package com.shop.user.application;

import com.shop.user.domain.Points;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crediting the points a paid order earns. The score log row (one per order) and the score change commit together,
 * so an order's points are credited once whatever the number of deliveries.
 */
@Slf4j
@Service
public class PointsAccrual {

    private final UserRepository users;

    public PointsAccrual(UserRepository users) {
        this.users = users;
    }

    /** @return true when this call credited the order's points, false when they were credited before */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean creditPaidOrder(long orderId, long userId, BigDecimal payAmount) {
        int points = Points.earnedFor(payAmount);
        if (!users.addScoreLogEntry(orderId, userId, points)) {
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
}
