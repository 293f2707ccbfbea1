package com.shop.goods.vending.persistence;

import com.shop.goods.vending.domain.MachineChannels;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingMachine;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.goods.vending.domain.VendingRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisVendingRepository implements VendingRepository {

    private final VendingMachineMapper machineMapper;
    private final VendingOrderMapper orderMapper;

    public MyBatisVendingRepository(VendingMachineMapper machineMapper, VendingOrderMapper orderMapper) {
        this.machineMapper = machineMapper;
        this.orderMapper = orderMapper;
    }

    @Override
    public Optional<VendingMachine> findMachine(String innerCode) {
        return Optional.ofNullable(machineMapper.findMachine(innerCode));
    }

    @Override
    public List<VendingMachine> findAllMachines() {
        return machineMapper.findAllMachines();
    }

    @Override
    public MachineChannels findChannels(String innerCode) {
        return new MachineChannels(machineMapper.findChannels(innerCode, null));
    }

    @Override
    public MachineChannels findChannels(String innerCode, long goodsId) {
        return new MachineChannels(machineMapper.findChannels(innerCode, goodsId));
    }

    @Override
    public boolean takeUnit(VendingChannel channel) {
        return machineMapper.takeUnit(
                        channel.getInnerCode(), channel.getChannelCode(), channel.getGoodsId(), channel.getPrice())
                == 1;
    }

    @Override
    public boolean returnUnit(String innerCode, String channelCode) {
        return machineMapper.returnUnit(innerCode, channelCode) == 1;
    }

    @Override
    public Optional<VendingOrder> findOrder(long orderId) {
        return Optional.ofNullable(orderMapper.find(orderId));
    }

    @Override
    public void assignChannel(long orderId, String channelCode) {
        if (orderMapper.assignChannel(orderId, channelCode) != 1) {
            throw new IllegalStateException("vending order " + orderId + " vanished while its channel was assigned");
        }
    }

    @Override
    public boolean startDispense(long orderId, String commandId) {
        return orderMapper.startDispense(orderId, commandId) == 1;
    }

    @Override
    public boolean markCommandSent(long orderId) {
        return orderMapper.markCommandSent(orderId) == 1;
    }

    @Override
    public boolean failUnanswered(long orderId, Duration answerTime, String reason) {
        return orderMapper.failUnanswered(orderId, answerTime.toNanos() / 1_000, reason) == 1;
    }

    @Override
    public boolean transition(long orderId, List<VendingOrderStatus> from, VendingOrderStatus to, String reason) {
        return orderMapper.transition(orderId, from, to, reason) == 1;
    }
}
