package com.shop.payweb.api;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.common.web.ProblemApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: bearer authentication (tokens from the order web's login), the
 * problem body every error shares with its stable codes, and the status integers behind the enum names.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    static final String BEARER = ProblemApiDocs.BEARER;
    static final String PROBLEM = ProblemApiDocs.PROBLEM;
    static final String PROBLEM_JSON = ProblemApiDocs.PROBLEM_JSON;

    /** Every code a problem of this API may carry, with its HTTP status and meaning. */
    static final Map<String, String> PROBLEM_CODES = problemCodes();

    @Bean
    OpenAPI paymentApi() {
        return ProblemApiDocs.api(
                "shop: payment API", """
                Send `Authorization: Bearer <token>` with a token from the shopper API's \
                `POST /api/auth/login`. Ids are strings (they exceed JavaScript's safe integers); amounts are \
                numbers with two decimals; times are ISO-8601.

                In the database a payment's state is an integer: pay_status 1 PAYING, 2 PAID, 3 CLOSED. \
                The API writes the names.""", PROBLEM_CODES, "the shopper API's POST /api/auth/login", Map.of());
    }

    /** Failures any operation can meet, so each operation's own annotations name only its specific ones. */
    @Bean
    OperationCustomizer commonProblemResponses() {
        return ProblemApiDocs.commonResponses("the pay service, or a service or platform behind it, did not answer");
    }

    private static Map<String, String> problemCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(InvalidRequestException.CODE, "400: malformed input or a value out of range");
        codes.put("UNAUTHENTICATED", "401: missing, forged or expired bearer token");
        codes.put("FORBIDDEN", "403: the token does not allow the request");
        codes.put("NOT_FOUND", "404: no such path");
        codes.put(OrderNotFoundException.CODE, "404: no such order of the caller");
        codes.put(PaymentNotFoundException.CODE, "404: no such payment of the caller");
        codes.put("METHOD_NOT_ALLOWED", "405");
        codes.put("NOT_ACCEPTABLE", "406");
        codes.put(OrderAlreadyPaidException.CODE, "409: the order is paid, or coupon and balance paid it all");
        codes.put(
                IllegalOrderStateException.CODE,
                "409: the order cannot be paid in its state (cancelled, invalid, "
                        + "refunded, still being confirmed)");
        codes.put("PAYLOAD_TOO_LARGE", "413: request body over the limit");
        codes.put("UNSUPPORTED_MEDIA_TYPE", "415: the body is not JSON");
        codes.put("INTERNAL_ERROR", "500: unexpected failure; the problem names a correlationId");
        codes.put(
                ServiceUnavailableException.CODE,
                "503: the pay service, the order service or the payment platform " + "could not be reached in time");
        return Collections.unmodifiableMap(codes);
    }
}
