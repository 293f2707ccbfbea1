package com.shop.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DegradeRulesTest {

    private static final String COUPONS = "com.shop.api.CouponService";
    private static final String USERS = "com.shop.api.UserService";
    private static final String USE_COUPON = "com.shop.api.CouponService:useCoupon(long,long,long)";

    @Test
    void everyReferencedInterfaceGetsASlowCallAndAnErrorRuleWithTheDefaults() {
        List<DegradeRule> rules = DegradeRules.of(List.of(COUPONS, USERS), new RpcResilienceProperties());

        assertThat(rules).hasSize(4).allMatch(DegradeRuleManager::isValidRule);
        DegradeRule slow = rule(rules, USERS, RuleConstant.DEGRADE_GRADE_RT);
        assertThat(slow.getCount()).isEqualTo(5_000);
        assertThat(slow.getSlowRatioThreshold()).isEqualTo(0.8);
        assertThat(slow.getMinRequestAmount()).isEqualTo(20);
        assertThat(slow.getStatIntervalMs()).isEqualTo(10_000);
        assertThat(slow.getTimeWindow()).isEqualTo(10);
        DegradeRule failing = rule(rules, USERS, RuleConstant.DEGRADE_GRADE_EXCEPTION_RATIO);
        assertThat(failing.getCount()).isEqualTo(0.5);
        assertThat(failing.getMinRequestAmount()).isEqualTo(20);
        assertThat(failing.getTimeWindow()).isEqualTo(10);
    }

    @Test
    void aResourceOfItsOwnTakesWhatItSetsAndTheDefaultsForTheRest() {
        RpcResilienceProperties properties = new RpcResilienceProperties();
        RpcResilienceProperties.ResourceSettings coupons = new RpcResilienceProperties.ResourceSettings();
        coupons.setErrorRatio(0.2);
        coupons.setOpenFor(Duration.ofSeconds(30));
        properties.getResources().put(COUPONS, coupons);
        RpcResilienceProperties.ResourceSettings useCoupon = new RpcResilienceProperties.ResourceSettings();
        useCoupon.setSlowCallMaxRt(Duration.ofMillis(800));
        properties.getResources().put(USE_COUPON, useCoupon);

        List<DegradeRule> rules = DegradeRules.of(List.of(COUPONS, USERS), properties);

        assertThat(rules).hasSize(6).allMatch(DegradeRuleManager::isValidRule);
        assertThat(rule(rules, COUPONS, RuleConstant.DEGRADE_GRADE_EXCEPTION_RATIO)
                        .getCount())
                .isEqualTo(0.2);
        assertThat(rule(rules, COUPONS, RuleConstant.DEGRADE_GRADE_RT).getTimeWindow())
                .isEqualTo(30);
        assertThat(rule(rules, COUPONS, RuleConstant.DEGRADE_GRADE_RT).getCount())
                .isEqualTo(5_000);
        assertThat(rule(rules, USE_COUPON, RuleConstant.DEGRADE_GRADE_RT).getCount())
                .isEqualTo(800);
        assertThat(rule(rules, USERS, RuleConstant.DEGRADE_GRADE_EXCEPTION_RATIO)
                        .getCount())
                .isEqualTo(0.5);
    }

    private static DegradeRule rule(List<DegradeRule> rules, String resource, int grade) {
        return rules.stream()
                .filter(rule -> rule.getResource().equals(resource) && rule.getGrade() == grade)
                .findFirst()
                .orElseThrow();
    }
}
