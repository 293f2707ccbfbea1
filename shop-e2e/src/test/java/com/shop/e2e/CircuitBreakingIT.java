package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The order service's circuit breaker in front of a participant that hangs: with the user service frozen, balance
 * steps time out until the breaker on {@code UserService} opens (its defaults: at least 20 calls in 10 s, most of them
 * failing); from then on the saga does not call the user service at all, undoes what it did before the step and
 * answers at once, with the answer of any failed confirmation (503 naming the cancelled order). Once the participant is
 * back, the breaker's trial call after its 10 s open window closes it, and orders go through again; every invariant
 * holds.
 */
class CircuitBreakingIT {

    /** Enough confirmations at once that one round of timeouts (3 s each) fills the breaker's minimum of 20. */
    private static final int SHOPPERS = 24;

    private static final int MOST_ROUNDS = 6;
    private static final String PRICE = "30.00";
    private static final String USER_SERVICE = "shop-user-service";
    private static final int CANCELLED = 2;

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();

    @Test
    void aFrozenParticipantOpensTheBreakerAndOrdersSucceedAgainAfterItsOpenWindow() throws Exception {
        long goods = db.newGoods(PRICE, 100_000);
        List<ShopClient> shoppers = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            shoppers.add(stack.login(db.newShopper("1000.00").name(), PASSWORD));
        }
        assertThat(spendingBalance(shoppers.get(0), goods).status())
                .as("an order before the fault")
                .isEqualTo(201);

        List<Response> answers = confirmWhileFrozen(shoppers, goods);

        assertThat(answers)
                .as("a confirmation the open breaker kept from the user service")
                .anyMatch(CircuitBreakingIT::keptBackByTheBreaker);
        for (Response answer : answers) {
            assertThat(answer.status()).as("%s", answer).isIn(201, 503);
            if (answer.status() == 503) {
                assertThat(answer.code()).as("%s", answer).isEqualTo("SERVICE_UNAVAILABLE");
                assertThat(db.orderStatus(orderIdOf(answer)))
                        .as("the order of %s", answer)
                        .isEqualTo(CANCELLED);
            }
        }
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(spendingBalance(shoppers.get(1), goods).status())
                                .as("an order once the user service is back")
                                .isEqualTo(201));
        stack.invariantsHold();
    }

    /**
     * Every shopper confirms orders that spend balance, round after round, until an answer shows the breaker open;
     * the user service is resumed however this ends: the stack is shared with the other system tests.
     */
    private List<Response> confirmWhileFrozen(List<ShopClient> shoppers, long goods) throws InterruptedException {
        List<Response> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean open = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(shoppers.size());
        stack.devStack().freezeApplication(USER_SERVICE);
        try {
            for (ShopClient shopper : shoppers) {
                pool.execute(() -> {
                    for (int round = 0; round < MOST_ROUNDS && !open.get(); round++) {
                        Response answer = spendingBalance(shopper, goods);
                        answers.add(answer);
                        open.compareAndSet(false, keptBackByTheBreaker(answer));
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
            stack.devStack().thawApplication(USER_SERVICE);
        }
        return answers;
    }

    private static Response spendingBalance(ShopClient shopper, long goods) {
        return shopper.post("/api/orders", order(goods, PRICE, 1, null, "10.00"));
    }

    private static boolean keptBackByTheBreaker(Response answer) {
        return answer.status() == 503 && answer.json().path("detail").asText().contains("circuit breaker is open");
    }
}
