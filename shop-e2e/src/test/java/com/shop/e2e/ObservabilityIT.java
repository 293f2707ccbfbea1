package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.devstack.ShopApplication;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Metrics, traces and logs of the suite as processes: after an order is confirmed and paid, the order service's
 * meters count it and time its saga's steps, the pay service's count the platform's callback, and one grep for the
 * order's id finds it in the log of every application the confirmation crossed, under one trace id.
 */
class ObservabilityIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    /** A log line of Spring Boot's pattern with shop-defaults.yml's correlation part: trace, span, order, payment. */
    private static final Pattern CORRELATED =
            Pattern.compile("\\[([0-9a-f]{32}),[0-9a-f]{16}\\] \\[orderId=(\\d*) payId=(\\d*)\\]");

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void aConfirmedAndPaidOrderIsCountedTimedAndFollowedThroughEveryLogByOneTrace() {
        long goodsId = db.newGoods("30.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        Response confirmed = buyer.post("/api/orders", order(goodsId, "30.00", 1, couponId, "1.00"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        long orderId = orderIdOf(confirmed);
        pay(orderId);

        String orderMeters = meters(ShopApplication.ORDER_SERVICE);
        assertThat(counted(orderMeters, "shop_orders_confirmed_total")).isPositive();
        for (String step : List.of("pre-order", "reduce stock", "use coupon", "reduce balance", "confirm")) {
            assertThat(orderMeters)
                    .as(step)
                    .containsPattern("shop_saga_step_seconds_count\\{[^}]*outcome=\"ok\"[^}]*step=\"" + step + "\"");
        }
        assertThat(orderMeters).contains("rpc_client_duration_seconds_count");
        assertThat(meters(ShopApplication.PAY_SERVICE))
                .containsPattern("shop_pay_callbacks_total\\{[^}]*outcome=\"accepted\",reason=\"paid\"");

        List<ShopApplication> confirmPath = List.of(
                ShopApplication.ORDER_WEB,
                ShopApplication.ORDER_SERVICE,
                ShopApplication.GOODS_SERVICE,
                ShopApplication.COUPON_SERVICE,
                ShopApplication.USER_SERVICE);
        String traceId = traceOfOrder(ShopApplication.ORDER_WEB, orderId).orElseThrow();
        for (ShopApplication application : confirmPath) {
            assertThat(traceOfOrder(application, orderId))
                    .as("the confirmation's trace in the log of " + application)
                    .hasValue(traceId);
        }
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(traceOfOrder(ShopApplication.PAY_SERVICE, orderId))
                        .as("the payment in the pay service's log")
                        .isPresent());
    }

    /** Opens the payment and pays it in the sandbox, whose notification the pay service takes; then it is paid. */
    private void pay(long orderId) {
        Response created = buyer.at(stack.payWebUrl()).post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        String codeUrl = created.json().get("codeUrl").asText();
        Response paid = ShopClient.anonymous(stack.sandboxUrl())
                .postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(buyer.get("/api/orders/" + orderId)
                                .json()
                                .get("payStatus")
                                .asText())
                        .isEqualTo("PAID"));
    }

    private String meters(ShopApplication application) {
        Response scraped =
                ShopClient.anonymous(stack.devStack().baseUrl(application)).get("/actuator/prometheus");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        return scraped.body();
    }

    private static double counted(String meters, String name) {
        Matcher line =
                Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.E+]+)$").matcher(meters);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** The trace of the first line of the application's log that names the order in its correlation part. */
    private Optional<String> traceOfOrder(ShopApplication application, long orderId) {
        try (var lines = Files.lines(stack.devStack().logFile(application))) {
            return lines.map(CORRELATED::matcher)
                    .filter(Matcher::find)
                    .filter(line -> line.group(2).equals(Long.toString(orderId)))
                    .map(line -> line.group(1))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
