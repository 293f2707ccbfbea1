package com.shop.orderweb.api;

import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.UserNotFoundException;
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
 * The OpenAPI description at /v3/api-docs: bearer authentication, the problem body every error shares with its
 * stable codes, and the status integers behind the enum names.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "#/components/schemas/Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** Every code a problem of this API may carry, with its HTTP status and meaning. */
    static final Map<String, String> PROBLEM_CODES = problemCodes();

    static final String STATUS_CODES = """
            In the database and reports the states are integers: \
            order_status 0 UNCONFIRMED, 1 CONFIRMED, 2 CANCELLED, 3 INVALID, 4 REFUNDED; \
            pay_status 0 UNPAID, 1 PAYING, 2 PAID; \
            shipping_status 0 NOT_SHIPPED, 1 SHIPPED, 2 RETURNED. The API writes the names.""";

    @Bean
    OpenAPI shopperApi() {
        String codes = PROBLEM_CODES.entrySet().stream()
                .map(code -> "* `" + code.getKey() + "` " + code.getValue())
                .collect(Collectors.joining("\n"));
        return new OpenAPI()
                .info(new Info().title("shop: shopper API").version("v1").description("""
                        Log in with `POST /api/auth/login`, then send `Authorization: Bearer <token>` on every \
                        other `/api` request. Ids of orders are strings (they exceed JavaScript's safe integers); \
                        amounts are numbers with two decimals; times are ISO-8601.

                        An order is confirmed with `POST /api/orders` and paid at the pay API; \
                        `POST /api/orders/{orderId}/cancel` cancels it while unpaid (its payment is closed first) or \
                        refunds it once paid and not yet shipped, and gives stock, coupon and balance back.

                        %s

                        Every error is an RFC 9457 problem (`application/problem+json`) with a stable `code`:
                        %s""".formatted(
                                STATUS_CODES, codes)))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The token from POST /api/auth/login."))
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
            boolean open =
                    operation.getSecurity() != null && operation.getSecurity().isEmpty();
            if (!open) {
                operation
                        .getResponses()
                        .putIfAbsent("401", problem("UNAUTHENTICATED: no, a forged or an expired bearer token"));
            }
            operation
                    .getResponses()
                    .putIfAbsent("500", problem("INTERNAL_ERROR, with a correlationId found in the log"));
            operation
                    .getResponses()
                    .putIfAbsent("503", problem("SERVICE_UNAVAILABLE: a service behind this API did not answer"));
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
                        "orderId",
                        new StringSchema()
                                .description(
                                        "the order the refusal concerns, e.g. the order cancelled by a refused confirmation"))
                .addProperty(
                        "correlationId",
                        new StringSchema().description("on INTERNAL_ERROR: quote it when reporting the failure"));
    }

    private static Map<String, String> problemCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(InvalidRequestException.CODE, "400: malformed JSON, a wrong type or a value out of range");
        codes.put(AuthenticationFailedException.CODE, "401: unknown user name or wrong password");
        codes.put("UNAUTHENTICATED", "401: missing, forged or expired bearer token");
        codes.put("FORBIDDEN", "403: the token does not allow the request");
        codes.put("NOT_FOUND", "404: no such path");
        codes.put(GoodsNotFoundException.CODE, "404: no such goods");
        codes.put(OrderNotFoundException.CODE, "404: no such order of the caller");
        codes.put(MachineNotFoundException.CODE, "404: no vending machine with that inner code");
        codes.put(UserNotFoundException.CODE, "404: the token's user no longer exists");
        codes.put("METHOD_NOT_ALLOWED", "405");
        codes.put("NOT_ACCEPTABLE", "406");
        codes.put(InsufficientStockException.CODE, "409: not enough stock for the quantity (or the machine sold out)");
        codes.put(MachineBusyException.CODE, "409: the vending machine is dispensing, or about to, for another order");
        codes.put(CouponUnavailableException.CODE, "409: the coupon is not the caller's or is already used");
        codes.put(InsufficientBalanceException.CODE, "409: the balance is lower than moneyPaid");
        codes.put(
                PriceMismatchException.CODE,
                "409: a figure sent differs from the server's (price, fee, amount), or a "
                        + "machine's price changed while ordering");
        codes.put(
                IllegalOrderStateException.CODE,
                "409: the order's state does not allow the step (e.g. cancelling a shipped order)");
        codes.put("PAYLOAD_TOO_LARGE", "413: request body over the limit");
        codes.put("UNSUPPORTED_MEDIA_TYPE", "415: the body is not JSON");
        codes.put("INTERNAL_ERROR", "500: unexpected failure; the problem names a correlationId");
        codes.put(ServiceUnavailableException.CODE, "503: a service behind this API could not be reached in time");
        return Collections.unmodifiableMap(codes);
    }
}
