package com.shop.devstack.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollapsedStacksTest {

    private final CollapsedStacks stacks = CollapsedStacks.parse(List.of(
            "java/lang/Thread.run;com/shop/order/application/PlaceOrderSaga.placeOrder;"
                    + "org/apache/ibatis/executor/SimpleExecutor.doQuery;com/mysql/cj/NativeSession.execSQL;"
                    + "java/util/HashMap.getNode 6",
            "java/lang/Thread.run;com/shop/order/application/PlaceOrderSaga.placeOrder;"
                    + "com/shop/order/application/PlaceOrderSaga$$Lambda$12.get;io/netty/channel/Channel.write;"
                    + "do_syscall_64_[k] 3",
            "C2 CompilerThread0;Compile::Compile;PhaseIdealLoop::build 1",
            ""));

    @Test
    void aSampleCountsForTheDeepestLibraryItWasIn() {
        assertThat(stacks.samples()).isEqualTo(10);
        assertThat(stacks.areas())
                .containsEntry("jdbc driver", 0.6)
                .containsEntry("netty", 0.3)
                .containsEntry(FrameAreas.JVM, 0.1);
        assertThat(stacks.areas().keySet()).first().isEqualTo("jdbc driver");
        assertThat(stacks.kernelShare()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void theShopsMethodsCountWithAllTheyCalledButNotTheirGeneratedClasses() {
        assertThat(stacks.topShopMethods(5))
                .containsOnlyKeys("com/shop/order/application/PlaceOrderSaga.placeOrder")
                .containsEntry("com/shop/order/application/PlaceOrderSaga.placeOrder", 0.9);
        assertThat(stacks.topLeaves(1)).containsOnlyKeys("java/util/HashMap.getNode");
    }
}
