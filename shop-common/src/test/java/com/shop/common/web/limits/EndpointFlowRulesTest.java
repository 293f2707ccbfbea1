package com.shop.common.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleUtil;
import com.shop.api.exception.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class EndpointFlowRulesTest {

    private static final String ORDERS = EndpointFlowRules.resource("POST", "/api/orders");
    private static final String ORDER = EndpointFlowRules.resource("GET", "/api/orders/{orderId}");

    @Test
    void everyEndpointGetsAQpsRuleOfTheDefaultOrItsOwn() {
        EndpointFlowProperties properties = new EndpointFlowProperties();
        properties.getEndpoints().put("POST /api/orders", 5);

        List<FlowRule> rules = EndpointFlowRules.of(List.of(ORDERS, ORDER), properties);

        assertThat(rules).hasSize(2).allMatch(FlowRuleUtil::isValidRule);
        assertThat(rules).allMatch(rule -> rule.getGrade() == RuleConstant.FLOW_GRADE_QPS);
        assertThat(rules.get(0).getResource()).isEqualTo("POST /api/orders");
        assertThat(rules.get(0).getCount()).isEqualTo(5);
        assertThat(rules.get(1).getResource()).isEqualTo("GET /api/orders/{orderId}");
        assertThat(rules.get(1).getCount()).isEqualTo(2000);
    }

    @Test
    void aLimitForAnEndpointTheApplicationDoesNotHaveStopsIt() {
        EndpointFlowProperties properties = new EndpointFlowProperties();
        properties.getEndpoints().put("POST /api/order", 5);

        assertThatThrownBy(() -> EndpointFlowRules.of(List.of(ORDERS), properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST /api/order]")
                .hasMessageContaining("POST /api/orders");
    }

    @Test
    void limitsBelowOneAreRefused() {
        EndpointFlowProperties properties = new EndpointFlowProperties();
        properties.setQps(0);
        properties.getEndpoints().put("POST /api/orders", 0);
        Errors errors = new BeanPropertyBindingResult(properties, "shop.resilience.http");

        properties.validate(properties, errors);

        assertThat(errors.getFieldError("qps")).isNotNull();
        assertThat(errors.getFieldError("endpoints[POST /api/orders]")).isNotNull();
    }

    @Test
    void overTheLimitIsTooManyRequestsForOneSecond() {
        TooManyRequestsException refusal = new TooManyRequestsException(ORDERS);

        assertThat(refusal.getCode()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refusal.kind()).isEqualTo(ErrorKind.TOO_MANY);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(1);
    }
}
