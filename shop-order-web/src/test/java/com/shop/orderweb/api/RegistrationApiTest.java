package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.shop.orderweb.support.FakeUserRegistrationService;
import com.shop.orderweb.support.OrderWebTestBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class RegistrationApiTest extends OrderWebTestBase {

    /** Each test signs up from addresses of its own: the throttle counts per address across the shared context. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String address = "10.20." + ADDRESSES.incrementAndGet() + ".1";

    @Test
    void signingUpAnswersLikeALoginWithATokenThatOpensTheApi() throws Exception {
        String body = register(
                        "{\"username\":\"carol\",\"password\":\"tea at five o'clock\",\"mobile\":\"13800001234\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/users/me"))
                .andExpect(jsonPath("$.userId").value(FakeUserRegistrationService.FIRST_USER_ID))
                .andExpect(jsonPath("$.userName").value("carol"))
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + JsonPath.read(body, "$.token")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userName").value("carol"))
                .andExpect(jsonPath("$.balance").value(0));
        assertThat(REGISTRATION.calls()).singleElement().satisfies(call -> {
            assertThat(call.getUserName()).isEqualTo("carol");
            assertThat(call.getUserMobile()).isEqualTo("13800001234");
        });
    }

    @Test
    void aTakenNameIsAConflict() throws Exception {
        register("{\"username\":\"Alice\",\"password\":\"tea at five o'clock\"}")
                .andExpect(problem(409, "USERNAME_TAKEN"))
                .andExpect(jsonPath("$.token").doesNotExist());
    }

    @Test
    void weakOrMalformedInputIsRefusedBeforeReachingTheUserService() throws Exception {
        for (String body : new String[] {
            "{\"username\":\"ca\",\"password\":\"tea at five o'clock\"}",
            "{\"username\":\"carol smith\",\"password\":\"tea at five o'clock\"}",
            "{\"username\":\"" + "c".repeat(33) + "\",\"password\":\"tea at five o'clock\"}",
            "{\"username\":\"carol\",\"password\":\"short\"}",
            "{\"username\":\"carol\",\"password\":\"12345678\"}",
            "{\"username\":\"carol\",\"password\":\"carol-carol\"}",
            "{\"username\":\"carol\",\"password\":\"" + "x1y2z3w4".repeat(10) + "\"}",
            "{\"username\":\"carol\",\"password\":\"tea at five o'clock\",\"mobile\":\"not a number\"}",
            "{\"username\":\"carol\"}",
            "{}",
            "not json"
        }) {
            register(body).andExpect(problem(400, "INVALID_REQUEST"));
        }
        assertThat(REGISTRATION.calls()).isEmpty();
    }

    @Test
    void theProblemNamesTheBrokenRules() throws Exception {
        register("{\"username\":\"carol\",\"password\":\"password\",\"mobile\":\"12\"}")
                .andExpect(problem(400, "INVALID_REQUEST"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("password:"),
                                org.hamcrest.Matchers.containsString("mobile:"))));
    }

    @Test
    void oneAddressSigningUpTooOftenIsToldToWait() throws Exception {
        for (int i = 0; i < 5; i++) {
            register("{\"username\":\"spam" + i + "\",\"password\":\"tea at five o'clock\"}")
                    .andExpect(status().isCreated());
        }

        register("{\"username\":\"spam5\",\"password\":\"tea at five o'clock\"}")
                .andExpect(problem(429, "TOO_MANY_REGISTRATIONS"))
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
        assertThat(REGISTRATION.calls()).hasSize(5);
        assertThat(USERS.hasName("spam5")).isFalse();
    }

    @Test
    void aStaleTokenDoesNotStandInTheWay() throws Exception {
        mvc.perform(post("/api/auth/register")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"dave\",\"password\":\"tea at five o'clock\"}"))
                .andExpect(status().isCreated());
    }

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/auth/register")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
