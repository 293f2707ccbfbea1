package com.shop.common.rpc;

import com.alibaba.csp.sentinel.adapter.dubbo3.SentinelDubboConsumerFilter;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Circuit breakers on the Dubbo calls of an application that has Sentinel's Dubbo adapter: the web edges and the
 * order service. Sentinel's transport (its dashboard's command center, which listens on a port) is not part of the
 * suite, so nothing here opens a port.
 */
@AutoConfiguration
@ConditionalOnClass({SentinelDubboConsumerFilter.class, ReferenceBean.class})
@EnableConfigurationProperties(RpcResilienceProperties.class)
public class RpcResilienceAutoConfiguration {

    @Bean
    CircuitBreakers circuitBreakers(RpcResilienceProperties properties) {
        return new CircuitBreakers(properties);
    }

    /** Once the references exist, each interface they reference gets its breaker. */
    @Bean
    ApplicationListener<ApplicationStartedEvent> circuitBreakersOnReferences(
            CircuitBreakers breakers, ObjectProvider<ReferenceBeanManager> references) {
        return started -> breakers.guard(references.stream()
                .flatMap(manager -> manager.getReferences().stream())
                .map(ReferenceBean::getServiceInterface)
                .distinct()
                .sorted()
                .toList());
    }
}
