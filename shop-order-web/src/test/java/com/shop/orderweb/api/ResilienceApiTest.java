package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.api.exception.ProviderUnavailableException;
import com.shop.orderweb.support.OrderWebTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The edge's flow rule per endpoint, with a limit of one request a second on the goods list, and the answer to a call
 * an open breaker kept back. Its own context: Sentinel's rules are global, and closing the context takes them away.
 */
// a space ends a key in the properties format, so it is escaped
@TestPropertySource(properties = "shop.resilience.http.endpoints[GET\\ /api/goods]=1")
@DirtiesContext
class ResilienceApiTest extends OrderWebTestBase {

    @Test
    void anEndpointOverItsLimitAnswers429WithRetryAfterAndOthersAreNotLimited() throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int i = 0; i < 5 && answers.stream().noneMatch(ResilienceApiTest::refused); i++) {
            answers.add(mvc.perform(get("/api/goods").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
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
                .contains("GET /api/goods");
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/coupons").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                    .andExpect(status().isOk());
        }
    }

    private static boolean refused(MockHttpServletResponse response) {
        return response.getStatus() == 429;
    }

    @Test
    void aCallAnOpenBreakerKeptBackAnswers503WithRetryAfter() throws Exception {
        COUPONS.failWith(new ProviderUnavailableException("CouponService", 10));

        mvc.perform(get("/api/coupons").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(503, "PROVIDER_UNAVAILABLE"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"));
    }
}
