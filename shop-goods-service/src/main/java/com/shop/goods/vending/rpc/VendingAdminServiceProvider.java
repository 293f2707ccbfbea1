package com.shop.goods.vending.rpc;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingAdminService;
import com.shop.goods.vending.application.MachineStates;
import com.shop.goods.vending.application.MachineStates.MachineState;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.pojo.vending.ChannelStateView;
import com.shop.pojo.vending.MachineStateView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the operators' reading of the machines. */
@DubboService(version = ServiceVersions.V1)
public class VendingAdminServiceProvider implements VendingAdminService {

    private final MachineStates machines;

    public VendingAdminServiceProvider(MachineStates machines) {
        this.machines = machines;
    }

    @Override
    public List<MachineStateView> listMachineStates() {
        return machines.list().stream().map(VendingAdminServiceProvider::toView).toList();
    }

    private static MachineStateView toView(MachineState state) {
        return MachineStateView.builder()
                .innerCode(state.machine().getInnerCode())
                .address(state.machine().getAddress())
                .status(state.machine().getStatus())
                .leaseOrderId(state.leaseHolder().orElse(null))
                .channels(state.channels().stream()
                        .map(VendingAdminServiceProvider::toView)
                        .toList())
                .build();
    }

    private static ChannelStateView toView(VendingChannel channel) {
        return ChannelStateView.builder()
                .channelCode(channel.getChannelCode())
                .goodsId(channel.getGoodsId())
                .goodsName(channel.getGoodsName())
                .price(channel.getPrice())
                .units(channel.getCurrentCapacity())
                .maxCapacity(channel.getMaxCapacity())
                .build();
    }
}
