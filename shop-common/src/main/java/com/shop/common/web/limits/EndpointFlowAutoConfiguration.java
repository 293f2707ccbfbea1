package com.shop.common.web.limits;

import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A flow rule per endpoint of a web edge that has Sentinel ({@code shop.resilience.http.*}): the rules are made once
 * the endpoints are mapped, one for each method and path pattern. A web edge is the application that takes shoppers'
 * bearer tokens; a service's own HTTP port (the actuator) is not limited.
 */
@Slf4j
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, SphU.class, NimbusJwtDecoder.class})
@EnableConfigurationProperties(EndpointFlowProperties.class)
public class EndpointFlowAutoConfiguration
        implements WebMvcConfigurer, ApplicationListener<ApplicationStartedEvent>, DisposableBean {

    private final EndpointFlowProperties properties;

    public EndpointFlowAutoConfiguration(EndpointFlowProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EndpointFlowLimit());
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        Set<String> endpoints = new TreeSet<>();
        started.getApplicationContext()
                .getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(
                        mapping -> mapping.getHandlerMethods().keySet().forEach(info -> addEndpoints(info, endpoints)));
        List<FlowRule> rules = EndpointFlowRules.of(endpoints, properties);
        FlowRuleManager.loadRules(rules);
        log.info(
                "Flow rules on {} endpoints, {} requests a second each unless set otherwise",
                rules.size(),
                properties.getQps());
    }

    /** A mapping without methods takes them all. */
    private static void addEndpoints(RequestMappingInfo info, Set<String> endpoints) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        Set<RequestMethod> mapped = methods.isEmpty() ? Set.of(RequestMethod.values()) : methods;
        for (String pattern : info.getPatternValues()) {
            mapped.forEach(method -> endpoints.add(EndpointFlowRules.resource(method.name(), pattern)));
        }
    }

    /** A context closed in the same JVM (tests) leaves no rules behind for the next one. */
    @Override
    public void destroy() {
        FlowRuleManager.loadRules(List.of());
    }
}
