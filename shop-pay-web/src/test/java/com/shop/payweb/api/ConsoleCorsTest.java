package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.PayWebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The web console, served by order-web on another origin, opens payments here; no other origin may. */
class ConsoleCorsTest extends PayWebTestBase {

    private static final String CONSOLE = "http://127.0.0.1:8080";

    @Test
    void theConsolesOriginMayAskToPostWithAToken() throws Exception {
        mvc.perform(options("/api/payments")
                        .header(HttpHeaders.ORIGIN, CONSOLE)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));

        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void anotherOriginIsRefused() throws Exception {
        mvc.perform(options("/api/payments")
                        .header(HttpHeaders.ORIGIN, "http://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.ORIGIN, "http://evil.example")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"1\"}"))
                .andExpect(status().isForbidden());

        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void theConsolesOriginStillNeedsAToken() throws Exception {
        mvc.perform(get("/api/payments/1").header(HttpHeaders.ORIGIN, CONSOLE))
                .andExpect(problem(401, "UNAUTHENTICATED"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE));
    }

    @Test
    void thePlatformsCallbackIsNoConcernOfTheConsole() throws Exception {
        mvc.perform(options("/pay/notify/wechat")
                        .header(HttpHeaders.ORIGIN, CONSOLE)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }
}
