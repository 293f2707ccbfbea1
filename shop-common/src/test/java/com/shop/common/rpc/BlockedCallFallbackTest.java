package com.shop.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.shop.api.CouponService;
import com.shop.api.exception.ErrorKind;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.ProviderUnavailableException;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;

class BlockedCallFallbackTest {

    @Test
    void aCallAnOpenBreakerRefusedIsTheProviderUnavailableUntilTheBreakerTriesAgain() {
        DegradeRule rule = new DegradeRule("com.shop.api.CouponService").setTimeWindow(12);

        ProviderUnavailableException refusal =
                BlockedCallFallback.refusal(CouponService.class, new DegradeException("default", rule));

        assertThat(refusal.getCode()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(12);
        assertThat(refusal.service()).isEqualTo("CouponService");
        assertThat(refusal.getMessage()).contains("CouponService").contains("the call was not made");
    }

    @Test
    void aBlockWithoutABreakerRuleSaysOneSecond() {
        assertThat(BlockedCallFallback.refusal(CouponService.class, new FlowException("default"))
                        .retryAfterSeconds())
                .isEqualTo(1);
    }

    @Test
    void refusalsAreAnswersAndOnlyOtherFailuresCount() {
        assertThat(CircuitBreakers.countsAsFailure(new InsufficientStockException("sold out")))
                .isFalse();
        assertThat(CircuitBreakers.countsAsFailure(new ProviderUnavailableException("UserService", 10)))
                .isFalse();
        assertThat(CircuitBreakers.countsAsFailure(new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout")))
                .isTrue();
        assertThat(CircuitBreakers.countsAsFailure(new IllegalStateException("unexpected")))
                .isTrue();
    }
}
