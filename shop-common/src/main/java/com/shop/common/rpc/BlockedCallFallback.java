package com.shop.common.rpc;

import com.alibaba.csp.sentinel.adapter.dubbo3.fallback.DubboFallback;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.shop.api.exception.ProviderUnavailableException;
import org.apache.dubbo.rpc.AsyncRpcResult;
import org.apache.dubbo.rpc.Invocation;
import org.apache.dubbo.rpc.Invoker;
import org.apache.dubbo.rpc.Result;

/**
 * What a call refused by an open breaker answers: {@link ProviderUnavailableException}, as the result of the call
 * rather than thrown, so that Dubbo's cluster hands it to the caller as it is (a thrown one it would wrap in an
 * {@code RpcException}, which reads as "outcome unknown"). The caller can then tell it from a timeout: the provider
 * never saw this call.
 */
final class BlockedCallFallback implements DubboFallback {

    /** When the rule is not known (a block that is not a breaker's), one second. */
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 1;

    @Override
    public Result handle(Invoker<?> invoker, Invocation invocation, BlockException blocked) {
        return AsyncRpcResult.newDefaultAsyncResult(refusal(invoker.getInterface(), blocked), invocation);
    }

    static ProviderUnavailableException refusal(Class<?> service, BlockException blocked) {
        return new ProviderUnavailableException(service.getSimpleName(), retryAfterSeconds(blocked));
    }

    /** How long the breaker stays open: Sentinel's breakers always name their rule; other blocks name none. */
    private static long retryAfterSeconds(BlockException blocked) {
        if (blocked instanceof DegradeException breakerOpen) {
            return Math.max(1, breakerOpen.getRule().getTimeWindow());
        }
        return DEFAULT_RETRY_AFTER_SECONDS;
    }
}
