package com.shop.common.rpc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The circuit breakers on the application's Dubbo calls ({@code shop.resilience.rpc.*}): one per interface it
 * references, with these settings, and any resource under {@link #getResources()} with its own. Checked as they are
 * bound: a setting Sentinel would ignore stops the application at start instead of leaving a resource unguarded.
 *
 * <p>The defaults never trip in ordinary use: a call slower than the slow-call time is beyond the callers' timeouts
 * (3 s) and only confirmations and payment calls may take it, and twenty calls within ten seconds, most of them
 * failing, mean a service that is down or hanging, not one that refuses what it must.
 */
@Data
@ConfigurationProperties("shop.resilience.rpc")
public class RpcResilienceProperties implements Validator {

    /** A call that takes longer is slow. */
    private Duration slowCallMaxRt = Duration.ofSeconds(5);
    /** More slow calls than this share of a window opens the breaker. */
    private double slowCallRatio = 0.8;
    /** More failed calls than this share of a window opens the breaker. */
    private double errorRatio = 0.5;
    /** Fewer calls in a window never open the breaker. */
    private int minCalls = 20;
    /** The window the ratios are counted over. */
    private Duration window = Duration.ofSeconds(10);
    /** How long an open breaker refuses calls before it lets a trial call through (whole seconds). */
    private Duration openFor = Duration.ofSeconds(10);
    /**
     * Settings of single resources, by Sentinel's name for them: an interface ({@code com.shop.api.CouponService}) or
     * a method ({@code com.shop.api.CouponService:useCoupon(long,long,long)}). What a resource leaves unset it takes
     * from the settings above.
     */
    private Map<String, ResourceSettings> resources = new LinkedHashMap<>();

    /** The settings every referenced interface gets. */
    public BreakerSettings defaults() {
        return new BreakerSettings(slowCallMaxRt, slowCallRatio, errorRatio, minCalls, window, openFor);
    }

    /** The settings of one resource. */
    public BreakerSettings settingsOf(String resource) {
        ResourceSettings override = resources.get(resource);
        return override == null ? defaults() : defaults().with(override);
    }

    @Override
    public boolean supports(Class<?> type) {
        return RpcResilienceProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RpcResilienceProperties properties = (RpcResilienceProperties) target;
        String problem = properties.defaults().problem();
        if (problem != null) {
            errors.reject("resilience.rpc", problem);
            return;
        }
        properties.getResources().keySet().forEach(resource -> {
            String resourceProblem = properties.settingsOf(resource).problem();
            if (resourceProblem != null) {
                errors.rejectValue("resources[" + resource + "]", "resilience.rpc", resourceProblem);
            }
        });
    }

    /** One resource's own settings; what is null is taken from the defaults. */
    @Data
    public static class ResourceSettings {
        private Duration slowCallMaxRt;
        private Double slowCallRatio;
        private Double errorRatio;
        private Integer minCalls;
        private Duration window;
        private Duration openFor;
    }
}
