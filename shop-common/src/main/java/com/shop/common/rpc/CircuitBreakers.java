package com.shop.common.rpc;

import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.adapter.dubbo3.config.DubboAdapterGlobalConfig;
import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.CircuitBreaker;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.EventObserverRegistry;
import com.shop.api.exception.ShopException;
import java.util.Collection;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.DisposableBean;

/**
 * Puts the breakers in front of the application's Dubbo references (Sentinel's consumer filter enters a resource per
 * interface and per method around every call): the rules, what a refused call answers, and which failures count.
 * Sentinel keeps all of it in static state, one per JVM.
 */
@Slf4j
final class CircuitBreakers implements DisposableBean {

    private static final String OBSERVER = "shop-circuit-breakers";

    private final RpcResilienceProperties properties;

    CircuitBreakers(RpcResilienceProperties properties) {
        this.properties = properties;
    }

    /** Guards the given interfaces (names as Sentinel's Dubbo adapter gives them: the interface's class name). */
    void guard(Collection<String> interfaces) {
        // a refusal is the provider's answer, not a failure of the provider: a sold-out flash sale must not open it
        Tracer.setExceptionPredicate(CircuitBreakers::countsAsFailure);
        DubboAdapterGlobalConfig.setConsumerFallback(new BlockedCallFallback());
        EventObserverRegistry.getInstance().addStateChangeObserver(OBSERVER, CircuitBreakers::stateChanged);
        List<DegradeRule> rules = DegradeRules.of(interfaces, properties);
        DegradeRuleManager.loadRules(rules);
        log.info("Circuit breakers on {} Dubbo resources: {}", rules.size() / 2, interfaces);
    }

    static boolean countsAsFailure(Throwable failure) {
        return !(failure instanceof ShopException);
    }

    private static void stateChanged(
            CircuitBreaker.State from, CircuitBreaker.State to, DegradeRule rule, Double measured) {
        if (to == CircuitBreaker.State.OPEN) {
            log.warn(
                    "Circuit breaker on {} opened ({} ratio {}): calls refused for {} s",
                    rule.getResource(),
                    rule.getGrade() == RuleConstant.DEGRADE_GRADE_RT ? "slow-call" : "error",
                    measured,
                    rule.getTimeWindow());
        } else {
            log.info("Circuit breaker on {}: {} -> {}", rule.getResource(), from, to);
        }
    }

    /** A context closed in the same JVM (tests) leaves no rules behind for the next one. */
    @Override
    public void destroy() {
        DegradeRuleManager.loadRules(List.of());
        EventObserverRegistry.getInstance().removeStateChangeObserver(OBSERVER);
    }
}
