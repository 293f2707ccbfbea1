package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.domain.Order;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OrderPropertiesTest {

    @Test
    void anOrderMayStayUnpaidTenMinutesByDefault() {
        assertThat(bind(Map.of()).getPaymentTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest(name = "{0} → {1} s")
    @CsvSource({"30, 30", "3s, 3", "10m, 600", "PT2S, 2", "1500ms, 1.5"})
    void thePaymentTimeoutCountsSecondsUnlessAUnitIsGiven(String value, double seconds) {
        assertThat(bind(Map.of("shop.order.payment-timeout", value)).getPaymentTimeout())
                .isEqualTo(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    @Test
    void aVendingOrderHasTwoMinutesToBePaidAnOrdinaryOneTheUsualTimeout() {
        OrderProperties properties = bind(Map.of("shop.order.payment-timeout", "5m"));
        Order ordinary = Order.builder().build();
        Order vending = Order.builder().innerCode("01000028").build();

        assertThat(properties.timeToPay(ordinary)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.timeToPay(vending)).isEqualTo(Duration.ofMinutes(2));
        assertThat(bind(Map.of("shop.order.vending-payment-timeout", "45")).timeToPay(vending))
                .isEqualTo(Duration.ofSeconds(45));
    }

    private static OrderProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("shop.order", OrderProperties.class);
    }
}
