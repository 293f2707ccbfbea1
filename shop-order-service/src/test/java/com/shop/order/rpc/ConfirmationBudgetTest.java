package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.application.OrderProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.DubboService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The time budgets of a confirmation, as configured. Callers wait for a confirmation as long as the order service's
 * provider tells them; that must cover the saga's remote steps one after the other, each given its timeout once per
 * attempt, or the caller reports a failure for an order that then gets confirmed. The sweeper of unconfirmed orders
 * must wait longer still, or it cancels orders whose saga is still running.
 */
class ConfirmationBudgetTest {

    /**
     * The worst case of one confirmation's remote calls ({@code PlaceOrderSaga.placeOrder}): the goods price read,
     * read again when the kept price differs from the shopper's, the coupon read, the stock step, the coupon step and
     * the balance step. A vending confirmation makes two calls only (quote and reserve).
     */
    private static final Map<String, Integer> CONFIRMATION_CALLS = Map.of(
            "goodsService", 3,
            "couponService", 2,
            "userService", 1);

    @Test
    void callersWaitForEveryRemoteStepAndTheSweeperWaitsLongerStill() throws Exception {
        Binder configuration = orderServiceConfiguration();
        long stepDefaultMillis = configuration.bind("dubbo.consumer.timeout", Long.class).orElse(1_000L);
        int retriesDefault = configuration.bind("dubbo.consumer.retries", Integer.class).orElse(2);

        List<String> steps = new ArrayList<>();
        long stepsMillis = 0;
        for (Map.Entry<String, Integer> call : CONFIRMATION_CALLS.entrySet()) {
            DubboReference reference = RemoteServices.class.getDeclaredMethod(call.getKey())
                    .getAnnotation(DubboReference.class);
            long timeout = reference.timeout() >= 0 ? reference.timeout() : stepDefaultMillis;
            int retries = reference.retries() >= 0 ? reference.retries() : retriesDefault;
            stepsMillis += call.getValue() * timeout * (1 + retries);
            steps.add(call.getValue() + " × " + call.getKey() + " " + timeout + " ms × (1 + " + retries + ")");
        }
        long budgetMillis = OrderServiceProvider.class.getAnnotation(DubboService.class).timeout();
        Duration unconfirmedTimeout = configuration.bind("shop.order", OrderProperties.class).get()
                .getUnconfirmedTimeout();

        assertThat(budgetMillis).as("the confirmation's budget against " + String.join(" + ", steps))
                .isGreaterThanOrEqualTo(stepsMillis);
        assertThat(unconfirmedTimeout).as("shop.order.unconfirmed-timeout against the confirmation's budget")
                .isGreaterThan(Duration.ofMillis(budgetMillis));
    }

    /** application.yml over shop-defaults.yml, as the service reads them, without the environment's overrides. */
    private static Binder orderServiceConfiguration() throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (String file : List.of("application.yml", "shop-defaults.yml")) {
            for (PropertySource<?> source : yaml.load(file, new ClassPathResource(file))) {
                sources.addLast(source);
            }
        }
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
    }
}
