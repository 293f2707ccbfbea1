package com.shop.common.web.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * How many requests a second each endpoint of a web edge takes, per instance ({@code shop.resilience.http.*}); more
 * are refused with {@code 429 TOO_MANY_REQUESTS}. The default is far above what one instance serves (about 550
 * confirmations a second on 2 cores), so it only cuts off a flood.
 */
@Data
@ConfigurationProperties("shop.resilience.http")
public class EndpointFlowProperties implements Validator {

    /** Requests a second every endpoint takes. */
    private int qps = 2000;
    /**
     * Endpoints with a limit of their own, by method and path pattern as mapped: {@code "[POST /api/orders]": 200}.
     * A name that is no endpoint stops the application at start.
     */
    private Map<String, Integer> endpoints = new LinkedHashMap<>();

    /** The limit of one endpoint. */
    public int qpsOf(String endpoint) {
        return endpoints.getOrDefault(endpoint, qps);
    }

    @Override
    public boolean supports(Class<?> type) {
        return EndpointFlowProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EndpointFlowProperties properties = (EndpointFlowProperties) target;
        if (properties.getQps() < 1) {
            errors.rejectValue("qps", "resilience.http", "must be at least 1");
        }
        properties.getEndpoints().forEach((endpoint, qps) -> {
            if (qps == null || qps < 1) {
                errors.rejectValue("endpoints[" + endpoint + "]", "resilience.http", "must be at least 1");
            }
        });
    }
}
