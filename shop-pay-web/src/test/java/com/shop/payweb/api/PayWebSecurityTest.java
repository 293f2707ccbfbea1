package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.shop.common.web.security.JwtProperties;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.payweb.support.PayWebTestBase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class PayWebSecurityTest extends PayWebTestBase {

    @Autowired
    private JwtEncoder encoder;

    @Autowired
    private JwtProperties properties;

    @Test
    void healthIsOpen() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void paymentsNeedAToken() throws Exception {
        mvc.perform(get("/api/payments/1"))
                .andExpect(problem(401, "UNAUTHENTICATED"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));

        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] otherKey = "a-different-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")));
        String forged = new JwtTokenIssuer(forger, properties, Clock.systemUTC())
                .issue(ALICE, "alice")
                .value();

        mvc.perform(get("/api/payments/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged))
                .andExpect(problem(401, "UNAUTHENTICATED"));
        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Clock threeHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC);
        String expired = new JwtTokenIssuer(encoder, properties, threeHoursAgo)
                .issue(ALICE, "alice")
                .value();

        mvc.perform(get("/api/payments/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired))
                .andExpect(problem(401, "UNAUTHENTICATED"));
    }

    @Test
    void thereIsNoLoginHereTokensComeFromTheShopperApi() throws Exception {
        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alice\",\"password\":\"x\"}"))
                .andExpect(problem(404, "NOT_FOUND"));
    }

    @Test
    void apiDocsAreOpenAndDescribeTheBearerAuthAndCodes() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/payments/{payId}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes['bearer-jwt'].scheme")
                        .value("bearer"))
                .andExpect(jsonPath(
                        "$.components.schemas.Problem.properties.code.enum[*]",
                        org.hamcrest.Matchers.hasItems("PAYMENT_NOT_FOUND", "UNAUTHENTICATED", "SERVICE_UNAVAILABLE")))
                .andExpect(jsonPath("$.components.schemas.PaymentResponse.properties.payId.type")
                        .value("string"))
                .andExpect(jsonPath("$.info.description", org.hamcrest.Matchers.containsString("pay_status 1 PAYING")));
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    }
}
