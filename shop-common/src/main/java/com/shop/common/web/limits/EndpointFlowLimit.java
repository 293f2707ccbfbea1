package com.shop.common.web.limits;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.ResourceTypeConstants;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Counts each request against its endpoint's flow rule, after authentication and before the controller; a request
 * over the limit is refused with {@link TooManyRequestsException}, which the shared handler writes as a 429 problem.
 */
final class EndpointFlowLimit implements HandlerInterceptor {

    private static final String ENTRY = EndpointFlowLimit.class.getName() + ".entry";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(handler instanceof HandlerMethod) || pattern == null) {
            return true;
        }
        String endpoint = EndpointFlowRules.resource(request.getMethod(), pattern.toString());
        try {
            request.setAttribute(ENTRY, SphU.entry(endpoint, ResourceTypeConstants.COMMON_WEB, EntryType.IN));
        } catch (BlockException overLimit) {
            throw new TooManyRequestsException(endpoint);
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(ENTRY) instanceof Entry entry) {
            request.removeAttribute(ENTRY);
            entry.exit();
        }
    }
}
