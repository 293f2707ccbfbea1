package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.shop.common.web.security.JwtProperties;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.orderweb.support.OrderWebTestBase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AuthenticationRequiredTest extends OrderWebTestBase {

    private static final String ORDER = """
            {"goodsId":1,"goodsNumber":1,"goodsPrice":25.00,"shippingFee":10.00,"orderAmount":35.00,
             "address":"1 Main Street","consignee":"Alice"}""";

    @Autowired
    private JwtEncoder encoder;

    @Autowired
    private JwtProperties properties;

    static Stream<Arguments> protectedEndpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/goods"),
                Arguments.of(HttpMethod.GET, "/api/goods/1"),
                Arguments.of(HttpMethod.GET, "/api/users/me"),
                Arguments.of(HttpMethod.GET, "/api/users/me/money-log"),
                Arguments.of(HttpMethod.GET, "/api/console/settings"),
                Arguments.of(HttpMethod.GET, "/api/console/qr?text=weixin://wxpay/bizpayurl?pr=1"),
                Arguments.of(HttpMethod.GET, "/api/coupons"),
                Arguments.of(HttpMethod.GET, "/api/orders"),
                Arguments.of(HttpMethod.GET, "/api/orders/1"),
                Arguments.of(HttpMethod.POST, "/api/orders"),
                Arguments.of(HttpMethod.POST, "/api/orders/1/cancel"),
                Arguments.of(HttpMethod.POST, "/api/orders/1/receive"));
    }

    private static MockHttpServletRequestBuilder call(HttpMethod method, String path) {
        MockHttpServletRequestBuilder request = request(method, path);
        return method == HttpMethod.POST
                ? request.contentType(MediaType.APPLICATION_JSON).content(ORDER)
                : request;
    }

    @ParameterizedTest
    @MethodSource("protectedEndpoints")
    void withoutATokenEveryEndpointAnswersAProblem(HttpMethod method, String path) throws Exception {
        mvc.perform(call(method, path))
                .andExpect(problem(401, "UNAUTHENTICATED"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));

        assertThat(ORDERS.confirmations()).isEmpty();
        assertThat(ORDERS.cancellations()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("protectedEndpoints")
    void aValidTokenPassesTheSameEndpoints(HttpMethod method, String path) throws Exception {
        int answered = mvc.perform(call(method, path).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(answered).isNotEqualTo(401).isNotEqualTo(403);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        JwtProperties forgerSettings = new JwtProperties();
        forgerSettings.setJwtIssuer(properties.getJwtIssuer());
        byte[] otherKey = "a-different-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
        JwtEncoder forger = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")));
        String forged = new JwtTokenIssuer(forger, forgerSettings, Clock.systemUTC())
                .issue(ALICE, "alice")
                .value();

        expectRefused("Bearer " + forged);
    }

    @Test
    void aTokenWhoseClaimsWereEditedIsRefused() throws Exception {
        String[] parts = tokens.issue(BOB, "bob").value().split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        String claims = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"" + BOB + "\"", "\"sub\":\"" + ALICE + "\"");
        assertThat(claims).contains("\"sub\":\"" + ALICE + "\"");
        String edited = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        expectRefused("Bearer " + edited);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Clock threeHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC);
        String expired = new JwtTokenIssuer(encoder, properties, threeHoursAgo)
                .issue(ALICE, "alice")
                .value();

        expectRefused("Bearer " + expired);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        JwtProperties otherIssuer = new JwtProperties();
        otherIssuer.setJwtIssuer("somebody-else");
        String foreign = new JwtTokenIssuer(encoder, otherIssuer, Clock.systemUTC())
                .issue(ALICE, "alice")
                .value();

        expectRefused("Bearer " + foreign);
    }

    @Test
    void somethingThatIsNotATokenIsRefused() throws Exception {
        expectRefused("Bearer not-a-token");
        expectRefused("Basic YWxpY2U6YWxpY2Utc2VjcmV0");
    }

    @Test
    void healthAndApiDocsAreOpen() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void theMetersAreReadFromLoopbackOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("application=\"order-web\"")));

        mvc.perform(get("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.7");
                            return request;
                        }))
                .andExpect(problem(401, "UNAUTHENTICATED"));
    }

    private void expectRefused(String authorization) throws Exception {
        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, authorization))
                .andExpect(problem(401, "UNAUTHENTICATED"))
                .andExpect(jsonPath("$.userName").doesNotExist());
    }
}
