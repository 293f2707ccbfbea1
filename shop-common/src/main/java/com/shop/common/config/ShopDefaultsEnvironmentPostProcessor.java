package com.shop.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code shop-defaults.yml} as the last property source of every shop application: the Dubbo, RocketMQ,
 * MyBatis and actuator settings they all share, each overridable by the application's own configuration or the
 * environment.
 */
public class ShopDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final String DEFAULTS = "shop-defaults.yml";
    /** Sentinel's directory for the files it writes (its block log); read once, from the system properties. */
    static final String SENTINEL_LOG_DIR = "csp.sentinel.log.dir";
    /** The collector spans are exported to (OTLP over HTTP, e.g. {@code http://collector:4318/v1/traces}). */
    static final String OTLP_ENDPOINT = "SHOP_OTLP_ENDPOINT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources =
                    new YamlPropertySourceLoader().load("shopDefaults", new ClassPathResource(DEFAULTS));
            sources.forEach(environment.getPropertySources()::addLast);
            exportTraces(environment);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
        keepSentinelLogsOutOfTheHomeDirectory(environment);
    }

    /**
     * Sentinel, where an application has it, writes its block log under {@code ~/logs/csp} unless told otherwise; the
     * shop's applications keep it in the temporary directory, per application, unless {@value #SENTINEL_LOG_DIR} is
     * set. Its other logging goes to SLF4J (sentinel-logging-slf4j).
     */
    private static void keepSentinelLogsOutOfTheHomeDirectory(ConfigurableEnvironment environment) {
        if (System.getProperty(SENTINEL_LOG_DIR) == null) {
            String application = environment.getProperty("spring.application.name", "shop");
            System.setProperty(
                    SENTINEL_LOG_DIR,
                    Path.of(System.getProperty("java.io.tmpdir"), "shop-sentinel", application)
                            .toString());
        }
    }

    /**
     * Spans go to an OTLP collector only when SHOP_OTLP_ENDPOINT names one: Spring Boot sets up the exporter whenever
     * {@code management.otlp.tracing.endpoint} is set at all, so it is set only then (an explicit setting wins).
     */
    private static void exportTraces(ConfigurableEnvironment environment) {
        String endpoint = environment.getProperty(OTLP_ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "shopOtlp", Map.of("management.otlp.tracing.endpoint", endpoint.strip())));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
