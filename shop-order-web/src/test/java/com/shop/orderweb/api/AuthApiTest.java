package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.shop.orderweb.support.OrderWebTestBase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuthApiTest extends OrderWebTestBase {

    @Test
    void loginIssuesATokenThatOpensTheApi() throws Exception {
        String body = mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alice\",\"password\":\"" + ALICE_PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(ALICE))
                .andExpect(jsonPath("$.userName").value("alice"))
                .andExpect(jsonPath("$.token").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        assertThat(expiresAt)
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(119)),
                        Instant.now().plus(Duration.ofHours(2)));
        String token = JsonPath.read(body, "$.token");
        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userName").value("alice"));
    }

    @Test
    void wrongPasswordIsRefusedWithAProblem() throws Exception {
        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alice\",\"password\":\"guess\"}"))
                .andExpect(problem(401, "AUTHENTICATION_FAILED"))
                .andExpect(jsonPath("$.token").doesNotExist());
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() throws Exception {
        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"mallory\",\"password\":\"" + ALICE_PASSWORD + "\"}"))
                .andExpect(problem(401, "AUTHENTICATION_FAILED"));
    }

    @Test
    void failedLoginsOfOneNameAreThrottledAndTheRightPasswordWaitsToo() throws Exception {
        for (int failure = 0; failure < 5; failure++) {
            mvc.perform(post("/api/auth/login")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"bob\",\"password\":\"guess-" + failure + "\"}"))
                    .andExpect(problem(401, "AUTHENTICATION_FAILED"));
        }
        int authentications = USERS.authentications();

        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bob\",\"password\":\"bob-secret\"}"))
                .andExpect(problem(429, "TOO_MANY_LOGIN_ATTEMPTS"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-6]?[0-9]")));
        assertThat(USERS.authentications()).isEqualTo(authentications);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"username\":\"alice\"}",
                "{\"password\":\"alice-secret\"}",
                "{\"username\":\" \",\"password\":\"alice-secret\"}",
                "{\"username\":\"alice\",\"password\":\"\"}",
                "{\"username\":\"alice\",\"password\":",
                "[\"alice\",\"alice-secret\"]",
                ""
            })
    void incompleteOrMalformedCredentialsAreInvalid(String body) throws Exception {
        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(USERS.authentications()).isZero();
    }
}
