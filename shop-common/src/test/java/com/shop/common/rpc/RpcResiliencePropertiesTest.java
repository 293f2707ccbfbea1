package com.shop.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class RpcResiliencePropertiesTest {

    @Test
    void theDefaultsAreValid() {
        assertThat(errorsOf(properties -> {}).hasErrors()).isFalse();
    }

    @Test
    void settingsSentinelWouldIgnoreAreRefused() {
        assertRefused(properties -> properties.setErrorRatio(0), "error-ratio");
        assertRefused(properties -> properties.setSlowCallRatio(1.5), "slow-call-ratio");
        assertRefused(properties -> properties.setMinCalls(0), "min-calls");
        assertRefused(properties -> properties.setWindow(Duration.ZERO), "window");
        assertRefused(properties -> properties.setSlowCallMaxRt(Duration.ZERO), "slow-call-max-rt");
        assertRefused(properties -> properties.setOpenFor(Duration.ofMillis(500)), "open-for");
        assertRefused(properties -> properties.setOpenFor(Duration.ofMillis(1500)), "open-for");
    }

    @Test
    void aResourceOfItsOwnIsCheckedWithTheDefaultsItTakes() {
        Errors errors = errorsOf(properties -> {
            RpcResilienceProperties.ResourceSettings coupons = new RpcResilienceProperties.ResourceSettings();
            coupons.setErrorRatio(2.0);
            properties.getResources().put("com.shop.api.CouponService", coupons);
        });

        assertThat(errors.getFieldError("resources[com.shop.api.CouponService]"))
                .isNotNull();
    }

    private static void assertRefused(Consumer<RpcResilienceProperties> change, String setting) {
        Errors errors = errorsOf(change);
        assertThat(errors.getGlobalError()).as(setting).isNotNull();
        assertThat(errors.getGlobalError().getDefaultMessage()).contains(setting);
    }

    private static Errors errorsOf(Consumer<RpcResilienceProperties> change) {
        RpcResilienceProperties properties = new RpcResilienceProperties();
        change.accept(properties);
        Errors errors = new BeanPropertyBindingResult(properties, "shop.resilience.rpc");
        properties.validate(properties, errors);
        return errors;
    }
}
