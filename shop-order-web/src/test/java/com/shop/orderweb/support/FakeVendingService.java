package com.shop.orderweb.support;

import com.shop.api.VendingService;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Machines and what they sell, held in memory; quoting and reserving are the order service's business. */
public class FakeVendingService implements VendingService {

    private final Map<String, MachineView> machines = new ConcurrentSkipListMap<>();
    private final Map<String, List<MachineGoodsView>> goods = new ConcurrentSkipListMap<>();
    private final Failures failures = new Failures();

    public void put(MachineView machine, List<MachineGoodsView> sold) {
        machines.put(machine.getInnerCode(), machine);
        goods.put(machine.getInnerCode(), List.copyOf(sold));
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    public void reset() {
        machines.clear();
        goods.clear();
        failures.reset();
    }

    @Override
    public List<MachineView> listMachines() {
        failures.throwIfFailing();
        return List.copyOf(machines.values());
    }

    @Override
    public List<MachineGoodsView> listMachineGoods(String innerCode) {
        failures.throwIfFailing();
        List<MachineGoodsView> sold = goods.get(innerCode);
        if (sold == null) {
            throw new MachineNotFoundException("no vending machine " + innerCode);
        }
        return sold;
    }

    @Override
    public VendingQuote quote(String innerCode, long goodsId) {
        throw new IllegalStateException("the web edge never quotes; the order service does");
    }

    @Override
    public void reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        throw new IllegalStateException("the web edge never reserves; the order service does");
    }
}
