package com.shop.user.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.ledger.LedgerTable;
import com.shop.user.UserServiceTestBase;
import com.shop.user.domain.ScoreLogEntry;
import com.shop.user.domain.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The score log's key and the guarded score update on the real database. */
class ScoreLogPersistenceTest extends UserServiceTestBase {

    @Autowired
    UserRepository users;

    @Autowired
    LedgerTable<ScoreLogEntry> scoreLog;

    @Test
    void anOrderHasOneScoreLogRow() {
        long userId = newUser("0.00");
        long orderId = newId();

        ScoreLogEntry credit = ScoreLogEntry.credit(orderId, userId, 30);

        assertThat(scoreLog.claim(credit)).isTrue();
        assertThat(scoreLog.claim(credit)).isFalse();
        assertThat(scoreLog.claim(ScoreLogEntry.tombstone(orderId, userId)))
                .as("a tombstone after the credit")
                .isFalse();
        assertThat(scoreLog.isUndone(credit)).isFalse();
        assertThat(scoreLog.claim(credit.revoking())).isTrue();

        assertThat(scoreLog.holder(credit)).isEqualTo(credit);
        assertThat(scoreLog.holder(credit.revoking()).getScore()).isEqualTo(-30);
        assertThat(scoreLog.isUndone(credit)).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(score) FROM trade_user_score_log WHERE order_id = ?", Integer.class, orderId))
                .isZero();
    }

    @Test
    void pointsAreTakenOnlyWhileTheUserHasThem() {
        long userId = newUser("0.00");
        users.addPoints(userId, 10);

        assertThat(users.takePoints(userId, 11)).isFalse();
        assertThat(users.takePoints(userId, 10)).isTrue();
        assertThat(users.takePoints(newId(), 1)).isFalse();

        assertThat(users.findUser(userId).orElseThrow().getUserScore()).isZero();
    }

    @Test
    void pointsAreAddedOnlyToAnExistingUserAndNeverOverflow() {
        long userId = newUser("0.00");

        assertThat(users.addPoints(userId, 108)).isTrue();
        assertThat(users.addPoints(newId(), 5)).isFalse();
        jdbc.update("UPDATE trade_user SET user_score = ? WHERE user_id = ?", Integer.MAX_VALUE - 10, userId);
        assertThat(users.addPoints(userId, 11)).isFalse();
        assertThat(users.addPoints(userId, 10)).isTrue();

        assertThat(users.findUser(userId).orElseThrow().getUserScore()).isEqualTo(Integer.MAX_VALUE);
    }
}
