package com.shop.payweb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.api.exception.ProviderUnavailableException;
import com.shop.payweb.support.PayWebTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The edge's flow rule per endpoint, with a limit of one request a second on listing an order's payments, and the
 * answer to a call an open breaker kept back. Its own context: Sentinel's rules are global, and closing the context
 * takes them away.
 */
// a space ends a key in the properties format, so it is escaped
@TestPropertySource(properties = "shop.resilience.http.endpoints[GET\\ /api/payments]=1")
@DirtiesContext
class ResilienceApiTest extends PayWebTestBase {

    @Test
    void anEndpointOverItsLimitAnswers429WithRetryAfterAndOthersAreNotLimited() throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 5 && answers.stream().noneMatch(ResilienceApiTest::refused); i++) {
            answers.add(mvc.perform(get("/api/payments")
                            .param("orderId", "42")
                            .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                    .andReturn()
                    .getResponse());
        }

        assertThat(answers.get(0).getStatus()).isEqualTo(200);
        MockHttpServletResponse refusal =
                answers.stream().filter(ResilienceApiTest::refused).findFirst().orElseThrow();
        assertThat(refusal.getContentType()).startsWith("application/problem+json");
        assertThat(refusal.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refusal.getContentAsString())
                .contains("\"code\":\"TOO_MANY_REQUESTS\"")
                .contains("GET /api/payments");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/payments/7").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aCallAnOpenBreakerKeptBackAnswers503WithRetryAfter() throws Exception {
        PAYMENTS.failWith(new ProviderUnavailableException("PaymentService", 10));

        mvc.perform(get("/api/payments/7").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PROVIDER_UNAVAILABLE"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"));
    }

    private static boolean refused(MockHttpServletResponse response) {
        return response.getStatus() == 429;
    }
}
