package com.shop.goods.vending.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class VendingPropertiesTest {

    @Test
    void aMachinesLeaseOutlivesTheTimeToPayAndTheDispenseByAMinute() {
        assertThat(bind(Map.of()).getLeaseTtl())
                .isEqualTo(Duration.ofMinutes(2).plusSeconds(60).plusMinutes(1));
        assertThat(bind(Map.of("shop.vending.payment-timeout", "30", "shop.vending.dispense-timeout", "5"))
                        .getLeaseTtl())
                .isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void anExplicitLeaseWins() {
        assertThat(bind(Map.of("shop.vending.lease-ttl", "10m")).getLeaseTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(bind(Map.of("shop.vending.lease-ttl", "")).getLeaseTtl()).isEqualTo(Duration.ofMinutes(4));
    }

    private static VendingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("shop.vending", VendingProperties.class);
    }
}
