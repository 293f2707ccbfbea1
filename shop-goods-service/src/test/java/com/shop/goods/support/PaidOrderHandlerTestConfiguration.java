package com.shop.goods.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers a recording handler beside the service's own (the vending dispense), so tests see what the listener hands on. */
@TestConfiguration(proxyBeanMethods = false)
public class PaidOrderHandlerTestConfiguration {

    @Bean
    RecordingPaidOrderHandler recordingPaidOrderHandler() {
        return new RecordingPaidOrderHandler();
    }
}
