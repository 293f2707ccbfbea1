package com.shop.common.tracing;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The correlation ids of every application, on the tracer of Spring Boot's tracing where there is one. */
@AutoConfiguration(
        afterName = "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration")
@ConditionalOnClass(Tracer.class)
public class TracingAutoConfiguration {

    @Bean
    Correlation correlation(ObjectProvider<Tracer> tracer) {
        return new Correlation(tracer.getIfAvailable());
    }
}
