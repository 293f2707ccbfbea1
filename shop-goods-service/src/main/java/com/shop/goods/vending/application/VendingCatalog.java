package com.shop.goods.vending.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.vending.domain.MachineChannels;
import com.shop.goods.vending.domain.MachineGoods;
import com.shop.goods.vending.domain.MachineGoodsDetail;
import com.shop.goods.vending.domain.MachineQuote;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingMachine;
import com.shop.goods.vending.domain.VendingRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading the machines: what they hold and what a unit costs at them now. */
@Service
public class VendingCatalog {

    private final VendingRepository vending;
    private final GoodsRepository goods;

    public VendingCatalog(VendingRepository vending, GoodsRepository goods) {
        this.vending = vending;
        this.goods = goods;
    }

    public List<VendingMachine> listMachines() {
        return vending.findAllMachines();
    }

    /** Also for a machine out of service: what it holds is no secret, it only takes no orders. */
    public List<MachineGoods> listMachineGoods(String innerCode) {
        machine(innerCode);
        return vending.findChannels(innerCode).goodsOnSale();
    }

    /**
     * One goods at the machine, with every channel holding it (sold out ones too). A goods the machine has no channel
     * of is not found there, even when the catalogue has it.
     */
    public MachineGoodsDetail machineGoodsDetail(String innerCode, long goodsId) {
        VendingMachine machine = machine(innerCode);
        List<VendingChannel> channels = vending.findChannels(innerCode, goodsId).holding(goodsId);
        Goods item = goods.findGoods(goodsId)
                .filter(found -> !channels.isEmpty())
                .orElseThrow(() -> new GoodsNotFoundException("machine " + innerCode + " holds no goods " + goodsId));
        return new MachineGoodsDetail(machine, item, channels);
    }

    public MachineQuote quote(String innerCode, long goodsId) {
        VendingMachine machine = machineTakingOrders(innerCode);
        MachineChannels channels = vending.findChannels(innerCode, goodsId);
        if (!channels.sells(goodsId)) {
            throw new GoodsNotFoundException("machine " + innerCode + " does not sell goods " + goodsId);
        }
        return channels.cheapestWithUnits(goodsId)
                .map(channel -> new MachineQuote(machine, channel))
                .orElseThrow(() -> new InsufficientStockException(
                        "machine " + innerCode + " has no unit of goods " + goodsId + " left"));
    }

    /**
     * The machine, refused as not found when it is out of service: for a buyer there is nothing to order from, and
     * the contract has no other refusal for it.
     */
    VendingMachine machineTakingOrders(String innerCode) {
        VendingMachine machine = machine(innerCode);
        if (!machine.inService()) {
            throw new MachineNotFoundException("machine " + innerCode + " is out of service");
        }
        return machine;
    }

    private VendingMachine machine(String innerCode) {
        if (innerCode == null || innerCode.isBlank()) {
            throw new MachineNotFoundException("no machine code given");
        }
        return vending.findMachine(innerCode)
                .orElseThrow(() -> new MachineNotFoundException("no vending machine " + innerCode));
    }
}
