package com.shop.common.rpc;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sentinel's degrade rules for the breakers the settings describe: two per resource, slow calls and failed calls. */
final class DegradeRules {

    private DegradeRules() {}

    /** Every referenced interface with its settings, and every resource the settings name on its own. */
    static List<DegradeRule> of(Collection<String> interfaces, RpcResilienceProperties properties) {
        Set<String> resources = new LinkedHashSet<>(interfaces);
        resources.addAll(properties.getResources().keySet());
        return resources.stream()
                .flatMap(resource -> rules(resource, properties.settingsOf(resource)).stream())
                .toList();
    }

    static List<DegradeRule> rules(String resource, BreakerSettings settings) {
        DegradeRule slowCalls = common(resource, settings)
                .setGrade(RuleConstant.DEGRADE_GRADE_RT)
                .setCount(settings.slowCallMaxRt().toMillis())
                .setSlowRatioThreshold(settings.slowCallRatio());
        DegradeRule failedCalls = common(resource, settings)
                .setGrade(RuleConstant.DEGRADE_GRADE_EXCEPTION_RATIO)
                .setCount(settings.errorRatio());
        return List.of(slowCalls, failedCalls);
    }

    private static DegradeRule common(String resource, BreakerSettings settings) {
        return new DegradeRule(resource)
                .setMinRequestAmount(settings.minCalls())
                .setStatIntervalMs(Math.toIntExact(settings.window().toMillis()))
                .setTimeWindow(settings.openForSeconds());
    }
}
