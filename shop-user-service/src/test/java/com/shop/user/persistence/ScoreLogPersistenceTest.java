package com.shop.user.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.user.UserServiceTestBase;
import com.shop.user.domain.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The score log's key and the guarded score update on the real database. */
class ScoreLogPersistenceTest extends UserServiceTestBase {

    @Autowired
    UserRepository users;

    @Test
    void anOrderHasOneScoreLogRow() {
        long userId = newUser("0.00");
        long orderId = newId();

        assertThat(users.addScoreLogEntry(orderId, userId, 30)).isTrue();
        assertThat(users.addScoreLogEntry(orderId, userId, 30)).isFalse();

        assertThat(jdbc.queryForObject("SELECT score FROM trade_user_score_log WHERE order_id = ?", Integer.class,
                orderId)).isEqualTo(30);
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
