package com.shop.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UsernameTakenException;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.user.UserServiceTestBase;
import com.shop.user.domain.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing up against the real database: one account per name, announced once, nothing written when refused. */
class UserRegistrationTest extends UserServiceTestBase {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserRegistration registration;

    @Autowired
    UserAuthentication authentication;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aNewUserHasAHashedPasswordNoMoneyAndIsAnnouncedOnce() {
        String name = newName();

        User user = registration.register(request(name, PASSWORD, "13800001234"));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT user_name, user_password, user_mobile, user_score,"
                        + " user_money, opening_money FROM trade_user WHERE user_id = ?",
                user.getUserId());
        assertThat(row.get("user_name")).isEqualTo(name);
        assertThat(row.get("user_mobile")).isEqualTo("13800001234");
        assertThat((String) row.get("user_password")).startsWith("$2a$10$").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, (String) row.get("user_password")))
                .isTrue();
        assertThat(row.get("user_score")).isEqualTo(0);
        assertThat(balanceOf(user.getUserId())).isEqualByComparingTo("0.00");
        assertThat((java.math.BigDecimal) row.get("opening_money")).isEqualByComparingTo("0.00");
        assertThat(user.getUserRegTime()).isNotNull();
        assertThat(announcements(user.getUserId())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT msg_status FROM trade_mq_producer_temp WHERE msg_topic = ? AND msg_key = ?",
                                Integer.class,
                                MessageTopics.USER,
                                Long.toString(user.getUserId())))
                        .as("relayed to the broker")
                        .isEqualTo(1));
        assertThat(authentication.authenticate(name, PASSWORD).getUserId()).isEqualTo(user.getUserId());
    }

    @Test
    void aTakenNameIsRefusedAndWritesNothing() {
        String name = newName();
        long first = registration.register(request(name, PASSWORD, null)).getUserId();

        assertThatThrownBy(() -> registration.register(request(name, "another good secret", null)))
                .isInstanceOf(UsernameTakenException.class)
                .hasFieldOrPropertyWithValue("code", "USERNAME_TAKEN");
        assertThatThrownBy(() -> registration.register(request(name.toUpperCase(), "another good secret", null)))
                .as("names differ in case only")
                .isInstanceOf(UsernameTakenException.class);

        assertThat(usersNamed(name)).isEqualTo(1);
        assertThat(announcementsOfAnyoneNamed(name)).isEqualTo(1);
        assertThat(authentication.authenticate(name, PASSWORD).getUserId()).isEqualTo(first);
    }

    @Test
    void concurrentSignUpsOfOneNameMakeOneAccount() throws Exception {
        String name = newName();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Long>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Callable<Long> signUp = () -> {
                    start.await();
                    return registration.register(request(name, PASSWORD, null)).getUserId();
                };
                outcomes.add(pool.submit(signUp));
            }
            start.countDown();
            int created = 0;
            int taken = 0;
            for (Future<Long> outcome : outcomes) {
                try {
                    outcome.get();
                    created++;
                } catch (java.util.concurrent.ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(UsernameTakenException.class);
                    taken++;
                }
            }
            assertThat(created).isEqualTo(1);
            assertThat(taken).isEqualTo(racers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(usersNamed(name)).isEqualTo(1);
        assertThat(announcementsOfAnyoneNamed(name)).isEqualTo(1);
    }

    @Test
    void weakOrMalformedRequestsAreRefusedAndWriteNothing() {
        String name = newName();
        List<RegistrationRequest> refused = List.of(
                request("ab", PASSWORD, null),
                request("-" + name, PASSWORD, null),
                request(name + " x", PASSWORD, null),
                request("x".repeat(33), PASSWORD, null),
                request(name, "short1!", null),
                request(name, "12345678", null),
                request(name, "aaaaaaaaaaaa", null),
                request(name, "Password", null),
                request(name, "my-" + name + "-pass", null),
                request(name, "é".repeat(37), null),
                request(name, PASSWORD, "call me"),
                request(name, PASSWORD, "123"),
                request(null, null, null));
        for (RegistrationRequest request : refused) {
            assertThatThrownBy(() -> registration.register(request))
                    .as(request.toString())
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThat(usersNamed(name)).isZero();
        assertThat(announcementsOfAnyoneNamed(name)).isZero();
    }

    private static RegistrationRequest request(String name, String password, String mobile) {
        return RegistrationRequest.builder()
                .userName(name)
                .password(password)
                .userMobile(mobile)
                .build();
    }

    private static String newName() {
        return "u" + Long.toString(newId(), 36);
    }

    private int usersNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM trade_user WHERE user_name = ?", Integer.class, name);
    }

    private int announcements(long userId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_topic = ? AND msg_tag = ?" + " AND msg_key = ?",
                Integer.class,
                MessageTopics.USER,
                MessageTopics.USER_REGISTERED,
                Long.toString(userId));
    }

    private int announcementsOfAnyoneNamed(String name) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_topic = ? AND msg_tag = ?"
                        + " AND msg_body LIKE ?",
                Integer.class,
                MessageTopics.USER,
                MessageTopics.USER_REGISTERED,
                "%\"" + name + "\"%");
    }
}
