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
import com.shop.common.web.ProblemApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs: bearer authentication, the problem body every error shares with its
 * stable codes, and the status integers behind the enum names.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    static final String BEARER = ProblemApiDocs.BEARER;
    static final String PROBLEM = ProblemApiDocs.PROBLEM;
    static final String PROBLEM_JSON = ProblemApiDocs.PROBLEM_JSON;

    /** Every code a problem of this API may carry, with its HTTP status and meaning. */
    static final Map<String, String> PROBLEM_CODES = problemCodes();

    static final String STATUS_CODES = """
            In the database and reports the states are integers: \
            order_status 0 UNCONFIRMED, 1 CONFIRMED, 2 CANCELLED, 3 INVALID, 4 REFUNDED; \
            pay_status 0 UNPAID, 1 PAYING, 2 PAID; \
            shipping_status 0 NOT_SHIPPED, 1 SHIPPED, 2 RETURNED, 3 RECEIVED. The API writes the names.""";

    @Bean
    OpenAPI shopperApi() {
        return ProblemApiDocs.api(
                "shop: shopper API",
                """
                Log in with `POST /api/auth/login`, then send `Authorization: Bearer <token>` on every \
                other `/api` request. Ids of orders are strings (they exceed JavaScript's safe integers); \
                amounts are numbers with two decimals; times are ISO-8601.

                An order is confirmed with `POST /api/orders` and paid at the pay API; \
                `POST /api/orders/{orderId}/cancel` cancels it while unpaid (its payment is closed first) or \
                refunds it once paid and not yet shipped, and gives stock, coupon and balance back. An operator \
                ships a paid order (`POST /api/admin/orders/{orderId}/ship`; every `/api/admin` request needs a \
                token with the operator role) and its shopper confirms it arrived with \
                `POST /api/orders/{orderId}/receive`.

                %s""".formatted(STATUS_CODES),
                PROBLEM_CODES,
                "POST /api/auth/login",
                Map.of(
                        "orderId",
                        new StringSchema()
                                .description(
                                        "the order the refusal concerns, e.g. the order cancelled by a refused confirmation")));
    }

    /** Failures any operation can meet, so each operation's own annotations name only its specific ones. */
    @Bean
    OperationCustomizer commonProblemResponses() {
        return ProblemApiDocs.commonResponses("a service behind this API did not answer");
    }

    private static Map<String, String> problemCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(InvalidRequestException.CODE, "400: malformed JSON, a wrong type or a value out of range");
        codes.put(AuthenticationFailedException.CODE, "401: unknown user name or wrong password");
        codes.put("UNAUTHENTICATED", "401: missing, forged or expired bearer token");
        codes.put("FORBIDDEN", "403: the token does not allow the request (/api/admin needs the operator role)");
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
