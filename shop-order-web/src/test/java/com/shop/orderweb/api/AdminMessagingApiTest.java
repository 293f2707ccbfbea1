package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.messaging.DeadLetterSeen;
import com.shop.pojo.messaging.FailedMessage;
import com.shop.pojo.messaging.MessagingReport;
import com.shop.pojo.messaging.ParkedMessage;
import java.util.Date;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Operators see every service's outbox backlog and failed messages; shoppers cannot. */
class AdminMessagingApiTest extends OrderWebTestBase {

    private static final String PATH = "/api/admin/messaging";
    private static final long READ_AT = 1_700_000_060_000L;

    @Test
    void anOperatorSeesEveryServicesBacklogWithItsParkedFailedAndDeadMessages() throws Exception {
        GOODS_MESSAGING.put(backlog());

        mvc.perform(get(PATH).header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partial").value(false))
                .andExpect(jsonPath("$.unavailable").isEmpty())
                .andExpect(jsonPath("$.services[*].service")
                        .value(Matchers.contains("order", "goods", "coupon", "user", "pay")))
                .andExpect(jsonPath("$.services[0].outboxPending").value(0))
                .andExpect(jsonPath("$.services[0].oldestPendingTime").doesNotExist())
                .andExpect(jsonPath("$.services[0].parked").isEmpty())
                .andExpect(jsonPath("$.services[1].readAt").value("2023-11-14T22:14:20Z"))
                .andExpect(jsonPath("$.services[1].outboxPending").value(4))
                .andExpect(jsonPath("$.services[1].oldestPendingTime").value("2023-11-14T22:13:20Z"))
                .andExpect(jsonPath("$.services[1].oldestPendingAgeMillis").value(60_000))
                .andExpect(jsonPath("$.services[1].outboxParked").value(1))
                .andExpect(jsonPath("$.services[1].consumerFailed").value(1))
                .andExpect(jsonPath("$.services[1].deadLettersSeen").value(1))
                .andExpect(jsonPath("$.services[1].parked[0].id").value("outbox-1"))
                .andExpect(jsonPath("$.services[1].parked[0].key").value("7312345678901234567"))
                .andExpect(jsonPath("$.services[1].parked[0].lastError").value("refused: illegal message"))
                .andExpect(jsonPath("$.services[1].parked[0].createTime").value("2023-11-14T22:13:20Z"))
                .andExpect(jsonPath("$.services[1].failed[0].group").value("goods-order-cancelled"))
                .andExpect(jsonPath("$.services[1].failed[0].times").value(3))
                .andExpect(jsonPath("$.services[1].failed[0].reason").value("IllegalStateException: not reserved"))
                .andExpect(jsonPath("$.services[1].deadLetters[0].messageId").value("producer-id"))
                .andExpect(jsonPath("$.services[1].deadLetters[0].deliveries").value(17))
                .andExpect(jsonPath("$.services[1].deadLetters[0].storedAt").value("2023-11-14T22:14:20Z"));
    }

    @Test
    void aServiceThatDoesNotAnswerIsNamedAndTheOthersAreStillShown() throws Exception {
        PAY_MESSAGING.failWith(new IllegalStateException("No provider available"));

        mvc.perform(get(PATH).header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partial").value(true))
                .andExpect(jsonPath("$.unavailable").value(Matchers.contains("pay")))
                .andExpect(
                        jsonPath("$.services[*].service").value(Matchers.contains("order", "goods", "coupon", "user")));
    }

    @Test
    void aShopperIsForbiddenAndAStrangerUnauthenticated() throws Exception {
        mvc.perform(get(PATH).header(HttpHeaders.AUTHORIZATION, bearer(ALICE))).andExpect(problem(403, "FORBIDDEN"));
        mvc.perform(get(PATH)).andExpect(problem(401, "UNAUTHENTICATED"));

        assertThat(GOODS_MESSAGING.calls()).isZero();
    }

    @Test
    void theEndpointIsDescribedForOperators() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admin/messaging'].get.tags").value(Matchers.contains("admin")))
                .andExpect(jsonPath("$.paths['/api/admin/messaging'].get.responses['403']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/admin/messaging'].get.responses['401']")
                        .exists());
    }

    private static MessagingReport backlog() {
        Date written = new Date(READ_AT - 60_000);
        return MessagingReport.builder()
                .readAt(new Date(READ_AT))
                .outboxPending(4)
                .oldestPendingTime(written)
                .oldestPendingAgeMillis(60_000L)
                .outboxParked(1)
                .consumerFailed(1)
                .deadLettersSeen(1L)
                .parked(List.of(new ParkedMessage(
                        "outbox-1",
                        "shop-order",
                        "OrderCancelled",
                        "7312345678901234567",
                        10,
                        "refused: illegal message",
                        written)))
                .failed(List.of(new FailedMessage(
                        "goods-order-cancelled",
                        "OrderCancelled",
                        "broker-id",
                        "7312345678901234567",
                        3,
                        "IllegalStateException: not reserved",
                        written)))
                .deadLetters(List.of(new DeadLetterSeen(
                        "goods-order-cancelled",
                        "shop-order",
                        "OrderCancelled",
                        "7312345678901234567",
                        "producer-id",
                        "broker-id",
                        17,
                        "IllegalStateException: not reserved",
                        new Date(READ_AT))))
                .build();
    }
}
