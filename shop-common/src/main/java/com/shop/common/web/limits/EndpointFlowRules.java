package com.shop.common.web.limits;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One Sentinel flow rule per endpoint, named as {@link #resource} names the endpoint a request is mapped to. */
final class EndpointFlowRules {

    private EndpointFlowRules() {}

    /** An endpoint's name: its method and the path pattern it is mapped by ({@code GET /api/orders/{orderId}}). */
    static String resource(String method, String pattern) {
        return method + " " + pattern;
    }

    /**
     * @throws IllegalStateException when the settings limit an endpoint the application does not have: a typo would
     *     otherwise leave the endpoint meant at the default
     */
    static List<FlowRule> of(Collection<String> endpoints, EndpointFlowProperties properties) {
        Set<String> unknown = new TreeSet<>(properties.getEndpoints().keySet());
        unknown.removeAll(endpoints);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("shop.resilience.http.endpoints names no endpoint of this application: "
                    + unknown + "; its endpoints are " + new TreeSet<>(endpoints));
        }
        return endpoints.stream()
                .map(endpoint -> new FlowRule(endpoint)
                        .setGrade(RuleConstant.FLOW_GRADE_QPS)
                        .setCount(properties.qpsOf(endpoint)))
                .toList();
    }
}
