package com.shop.orderweb.api;

import com.shop.common.web.security.LoginThrottle;
import com.shop.common.web.security.RegistrationThrottle;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(
            @Value("${shop.login.failures-per-user:5}") int failuresPerUser,
            @Value("${shop.login.failures-per-address:20}") int failuresPerAddress,
            @Value("${shop.login.failure-window:1m}") Duration window) {
        return new LoginThrottle(failuresPerUser, failuresPerAddress, window, Clock.systemUTC());
    }

    @Bean
    RegistrationThrottle registrationThrottle(
            @Value("${shop.registration.per-address:5}") int perAddress,
            @Value("${shop.registration.window:1h}") Duration window) {
        return new RegistrationThrottle(perAddress, window, Clock.systemUTC());
    }
}
