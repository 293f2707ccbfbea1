package com.shop.payweb.api;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: bearer authentication (tokens from the order web's login), the
 * problem body every error shares with its stable codes, and the status integers behind the enum names.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "#/components/schemas/Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Every code a problem of this API may carry, with its HTTP status and meaning. */
    static final Map<String, String> PROBLEM_CODES = problemCodes();

    @Bean
    OpenAPI paymentApi() {
        String codes = PROBLEM_CODES.entrySet().stream()
                .map(code -> "* `" + code.getKey() + "` " + code.getValue())
                .collect(Collectors.joining("\n"));
        return new OpenAPI()
                .info(new Info().title("shop: payment API").version("v1").description("""
                        Send `Authorization: Bearer <token>` with a token from the shopper API's \
                        `POST /api/auth/login`. Ids are strings (they exceed JavaScript's safe integers); amounts are \
                        numbers with two decimals; times are ISO-8601.

                        In the database a payment's state is an integer: pay_status 1 PAYING, 2 PAID, 3 CLOSED. \
                        The API writes the names.

                        Every error is an RFC 9457 problem (`application/problem+json`) with a stable `code`:
                        %s""".formatted(codes)))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The token from the shopper API's POST /api/auth/login."))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Failures any operation can meet, so each operation's own annotations name only its specific ones. */
    @Bean
    OperationCustomizer commonProblemResponses() {
        return (operation, handler) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            operation
                    .getResponses()
                    .putIfAbsent("401", problem("UNAUTHENTICATED: no, a forged or an expired bearer token"));
            operation
                    .getResponses()
                    .putIfAbsent("500", problem("INTERNAL_ERROR, with a correlationId found in the log"));
            operation
                    .getResponses()
                    .putIfAbsent(
                            "503",
                            problem("SERVICE_UNAVAILABLE: the pay service, or a service or "
                                    + "platform behind it, did not answer"));
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(
                        new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        StringSchema code = new StringSchema();
        PROBLEM_CODES.keySet().forEach(code::addEnumItem);
        return new ObjectSchema()
                .description("RFC 9457 problem details with shop's stable code.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", code.description("stable code; clients branch on it, not on detail"))
                .addProperty(
                        "correlationId",
                        new StringSchema().description("on INTERNAL_ERROR: quote it when reporting the failure"));
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
