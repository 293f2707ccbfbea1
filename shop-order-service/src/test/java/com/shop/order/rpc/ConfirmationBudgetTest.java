package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.application.OrderProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The time budgets of a confirmation, as configured. Callers wait for a confirmation as long as the order service's
 * provider tells them; that must cover the saga's remote steps one after the other, each given its timeout once (Dubbo
 * never retries them), or the caller reports a failure for an order that then gets confirmed. The sweeper of
 * unconfirmed orders must wait longer still, or it cancels orders whose saga is still running.
 */
class ConfirmationBudgetTest {

    private final ApplicationContextRunner application =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void callersWaitForEveryRemoteStepAndTheSweeperWaitsLongerStill() throws IOException {
        OrderProperties properties = orderServiceConfiguration()
                .bind("shop.order", OrderProperties.class)
                .get();
        OrderProperties.Calls calls = properties.getCalls();
        // the worst case of one confirmation (PlaceOrderSaga.placeOrder): the goods price read, read again when the
        // kept price differs from the shopper's, the stock step; the coupon read and the coupon step; the balance step
        Duration confirmation = calls.getGoodsTimeout()
                .multipliedBy(3)
                .plus(calls.getCouponTimeout().multipliedBy(2))
                .plus(calls.getUserTimeout());
        Duration vendingConfirmation = calls.getVendingTimeout().multipliedBy(2);
        Duration cancel = calls.getPaymentTimeout().multipliedBy(2);

        assertThat(calls.getConfirmBudget())
                .as("shop.order.calls.confirm-budget against a confirmation's calls")
                .isGreaterThanOrEqualTo(confirmation)
                .isGreaterThanOrEqualTo(vendingConfirmation)
                .isGreaterThanOrEqualTo(cancel);
        assertThat(properties.getUnconfirmedTimeout())
                .as("shop.order.unconfirmed-timeout against the confirmation's budget")
                .isGreaterThan(calls.getConfirmBudget());
        assertThat(List.of(properties.getRefundGrace(), properties.getRefundRetryInterval()))
                .as("the asked refunds' sweeper against a cancel's refund call")
                .allSatisfy(wait -> assertThat(wait).isGreaterThan(calls.getPaymentTimeout()));
        assertThat(List.of(
                        calls.getGoodsTimeout(),
                        calls.getCouponTimeout(),
                        calls.getUserTimeout(),
                        calls.getVendingTimeout(),
                        calls.getPaymentTimeout(),
                        calls.getConfirmBudget()))
                .as("today's timeouts")
                .containsExactly(
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(3),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(20));
    }

    @Test
    void theDefaultsAndAConsistentChangeStart() {
        application.run(context -> assertThat(context).hasNotFailed());
        application
                .withPropertyValues(
                        "shop.order.calls.goods-timeout=5s",
                        "shop.order.calls.confirm-budget=25s",
                        "shop.order.unconfirmed-timeout=30s")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "shop.order.calls.confirm-budget=17s | calls.confirmBudget",
                "shop.order.calls.goods-timeout=4s | calls.confirmBudget",
                "shop.order.calls.vending-timeout=11s | calls.confirmBudget",
                "shop.order.calls.payment-timeout=11s | calls.confirmBudget",
                "shop.order.unconfirmed-timeout=20s | unconfirmedTimeout",
                "shop.order.calls.user-timeout=0s | calls.userTimeout",
                "shop.order.refund-grace=8s | refundGrace",
                "shop.order.refund-retry-interval=5s | refundRetryInterval",
                "shop.order.refund-sweep-batch-size=0 | refundSweepBatchSize"
            })
    void aBudgetTheStepsDoNotFitInStopsTheServiceAtStart(String setting, String field) {
        application
                .withPropertyValues(setting)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("on field '" + field + "'"));
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

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OrderProperties.class)
    static class Settings {}
}
