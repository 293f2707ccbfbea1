package com.shop.common.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Appends the demo data locations to Flyway's when {@code shop.demo-data.enabled} (SHOP_DEMO_DATA) is true. */
@AutoConfiguration
@ConditionalOnClass(name = "org.flywaydb.core.Flyway")
@EnableConfigurationProperties(DemoDataProperties.class)
public class DemoDataAutoConfiguration {

    @Bean
    FlywayConfigurationCustomizer demoDataLocations(DemoDataProperties properties) {
        return configuration -> {
            if (!properties.isEnabled() || properties.getLocations().isEmpty()) {
                return;
            }
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            properties.getLocations().stream().map(Location::new).forEach(locations::add);
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
