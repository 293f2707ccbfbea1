package com.shop.orderweb.api;

import com.shop.common.web.security.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(@Value("${shop.login.failures-per-user:5}") int failuresPerUser,
                                @Value("${shop.login.failures-per-address:20}") int failuresPerAddress,
                                @Value("${shop.login.failure-window:1m}") Duration window) {
        return new LoginThrottle(failuresPerUser, failuresPerAddress, window, Clock.systemUTC());
    }
}
