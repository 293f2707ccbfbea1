package com.shop.order.support;

import com.shop.api.VendingService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Machines in memory with the rules of the real service: one unit per reservation, the machine leased to the first
 * order that reserved in it until {@link #free}.
 */
public class FakeVendingService extends FakeParticipant implements VendingService {

    private final Map<String, Map<Long, Slot>> machines = new ConcurrentHashMap<>();
    private final Map<String, Long> leases = new ConcurrentHashMap<>();

    public FakeVendingService() {
        this(new Journal());
    }

    public FakeVendingService(Journal journal) {
        super("vending", journal);
    }

    public FakeVendingService with(String innerCode, long goodsId, String price, int units) {
        machines.computeIfAbsent(innerCode, code -> new ConcurrentHashMap<>())
                .put(goodsId, new Slot(new BigDecimal(price), units));
        return this;
    }

    public int unitsOf(String innerCode, long goodsId) {
        return machines.get(innerCode).get(goodsId).units;
    }

    public Long leaseholder(String innerCode) {
        return leases.get(innerCode);
    }

    public void free(String innerCode) {
        leases.remove(innerCode);
    }

    @Override
    public List<MachineView> listMachines() {
        return machines.keySet().stream()
                .map(code -> MachineView.builder().innerCode(code).build())
                .toList();
    }

    @Override
    public List<MachineGoodsView> listMachineGoods(String innerCode) {
        return List.of();
    }

    @Override
    public VendingQuote quote(String innerCode, long goodsId) {
        called("quote");
        Slot slot = slot(innerCode, goodsId);
        if (slot.units == 0) {
            throw new InsufficientStockException("goods " + goodsId + " is sold out in machine " + innerCode);
        }
        return VendingQuote.builder()
                .innerCode(innerCode)
                .address("Lobby of building " + innerCode)
                .goodsId(goodsId)
                .goodsName("goods " + goodsId)
                .price(slot.price)
                .build();
    }

    @Override
    public synchronized void reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        called("reserve", orderId);
        Long holder = leases.get(innerCode);
        if (holder != null && holder != orderId) {
            throw new MachineBusyException("machine " + innerCode + " is dispensing for another order");
        }
        Slot slot = slot(innerCode, goodsId);
        if (slot.units == 0) {
            throw new InsufficientStockException("goods " + goodsId + " is sold out in machine " + innerCode);
        }
        leases.put(innerCode, orderId);
        slot.units--;
        done("reserve");
    }

    private Slot slot(String innerCode, long goodsId) {
        Map<Long, Slot> machine = machines.get(innerCode);
        if (machine == null) {
            throw new MachineNotFoundException("no vending machine " + innerCode);
        }
        Slot slot = machine.get(goodsId);
        if (slot == null) {
            throw new GoodsNotFoundException("machine " + innerCode + " has no goods " + goodsId);
        }
        return slot;
    }

    private static final class Slot {
        private final BigDecimal price;
        private int units;

        private Slot(BigDecimal price, int units) {
            this.price = price;
            this.units = units;
        }
    }
}
