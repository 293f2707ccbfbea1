package com.shop.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.exception.ProviderUnavailableException;
import com.shop.common.web.limits.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemDetailsExceptionHandlerTest {

    private final ProblemDetailsExceptionHandler handler = new ProblemDetailsExceptionHandler();

    @Test
    void anOpenBreakerIsA503ProblemSayingWhenToTryAgain() {
        ResponseEntity<ProblemDetail> response = handler.refused(new ProviderUnavailableException("CouponService", 10));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(response.getBody().getProperties()).containsEntry(ProblemDetails.CODE, "PROVIDER_UNAVAILABLE");
        assertThat(response.getBody().getType()).hasToString("https://shop.example/problems/provider-unavailable");
        assertThat(response.getBody().getDetail()).contains("CouponService");
    }

    @Test
    void anEndpointOverItsLimitIsA429ProblemSayingWhenToTryAgain() {
        ResponseEntity<ProblemDetail> response = handler.refused(new TooManyRequestsException("GET /api/goods"));

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(response.getBody().getProperties()).containsEntry(ProblemDetails.CODE, "TOO_MANY_REQUESTS");
        assertThat(response.getBody().getDetail()).contains("GET /api/goods");
    }
}
