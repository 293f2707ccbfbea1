package com.shop.orderweb.support;

import com.shop.api.VendingCatalogService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.pojo.vending.MachineGoodsDetailView;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Goods at machines, held in memory as the goods service would answer for them. */
public class FakeVendingCatalogService implements VendingCatalogService {

    private final Set<String> machines = ConcurrentHashMap.newKeySet();
    private final Map<String, MachineGoodsDetailView> details = new ConcurrentHashMap<>();
    private final Failures failures = new Failures();

    public void put(MachineGoodsDetailView detail) {
        machines.add(detail.getInnerCode());
        details.put(key(detail.getInnerCode(), detail.getGoodsId()), detail);
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    public void reset() {
        machines.clear();
        details.clear();
        failures.reset();
    }

    @Override
    public MachineGoodsDetailView machineGoodsDetail(String innerCode, long goodsId) {
        failures.throwIfFailing();
        if (!machines.contains(innerCode)) {
            throw new MachineNotFoundException("no vending machine " + innerCode);
        }
        MachineGoodsDetailView detail = details.get(key(innerCode, goodsId));
        if (detail == null) {
            throw new GoodsNotFoundException("machine " + innerCode + " holds no goods " + goodsId);
        }
        return detail;
    }

    private static String key(String innerCode, long goodsId) {
        return innerCode + "/" + goodsId;
    }
}
