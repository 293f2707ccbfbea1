package com.shop.goods.vending.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingAdminService;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.vending.coordination.ZooKeeperMachineLease;
import com.shop.pojo.vending.ChannelStateView;
import com.shop.pojo.vending.MachineStateView;
import java.math.BigDecimal;
import java.time.Duration;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The machines as operators see them, over the dubbo protocol: channels with capacities and the lease's holder. */
class VendingAdminServiceDubboTest extends GoodsServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    VendingAdminService admin;

    @Autowired
    ZooKeeperMachineLease leases;

    @Test
    void everyMachineComesWithItsChannelsAndTheOrderHoldingItsLease() {
        long water = newGoods(100);
        long tea = newGoods(100);
        String leased = newMachine();
        String free = newMachine();
        addChannel(leased, "A1", water, "2.00", 0, 10);
        addChannel(leased, "B1", tea, "3.50", 4, 8);
        addChannel(free, "A1", tea, "3.00", 1, 5);
        long orderId = 7_312_000_000_000_000_001L + System.nanoTime() % 1_000_000;
        assertThat(leases.take(leased, orderId, Duration.ofMinutes(1))).isTrue();

        try {
            MachineStateView leasedState = state(leased);
            assertThat(leasedState.getLeaseOrderId()).isEqualTo(orderId);
            assertThat(leasedState.getAddress()).isEqualTo("test lobby " + leased);
            assertThat(leasedState.getChannels())
                    .containsExactly(
                            new ChannelStateView("A1", water, "test goods " + water, new BigDecimal("2.00"), 0, 10),
                            new ChannelStateView("B1", tea, "test goods " + tea, new BigDecimal("3.50"), 4, 8));
            assertThat(state(free).getLeaseOrderId()).isNull();
            assertThat(state(free).getChannels())
                    .extracting(ChannelStateView::getMaxCapacity)
                    .containsExactly(5);
        } finally {
            leases.release(leased, orderId);
        }
        assertThat(state(leased).getLeaseOrderId()).isNull();
    }

    private MachineStateView state(String innerCode) {
        return admin.listMachineStates().stream()
                .filter(machine -> machine.getInnerCode().equals(innerCode))
                .findFirst()
                .orElseThrow();
    }
}
