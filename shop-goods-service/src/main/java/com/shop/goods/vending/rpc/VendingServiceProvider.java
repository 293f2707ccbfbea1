package com.shop.goods.vending.rpc;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingService;
import com.shop.goods.vending.application.VendingCatalog;
import com.shop.goods.vending.application.VendingReservations;
import com.shop.goods.vending.domain.MachineGoods;
import com.shop.goods.vending.domain.MachineQuote;
import com.shop.goods.vending.domain.VendingMachine;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the vending capability: maps between the wire types and the application services. */
@DubboService(version = ServiceVersions.V1)
public class VendingServiceProvider implements VendingService {

    private final VendingCatalog catalog;
    private final VendingReservations reservations;

    public VendingServiceProvider(VendingCatalog catalog, VendingReservations reservations) {
        this.catalog = catalog;
        this.reservations = reservations;
    }

    @Override
    public List<MachineView> listMachines() {
        return catalog.listMachines().stream()
                .map(VendingServiceProvider::toView)
                .toList();
    }

    @Override
    public List<MachineGoodsView> listMachineGoods(String innerCode) {
        return catalog.listMachineGoods(innerCode).stream()
                .map(VendingServiceProvider::toView)
                .toList();
    }

    @Override
    public VendingQuote quote(String innerCode, long goodsId) {
        MachineQuote quote = catalog.quote(innerCode, goodsId);
        return VendingQuote.builder()
                .innerCode(quote.getMachine().getInnerCode())
                .address(quote.getMachine().getAddress())
                .goodsId(quote.getChannel().getGoodsId())
                .goodsName(quote.getChannel().getGoodsName())
                .price(quote.getChannel().getPrice())
                .build();
    }

    @Override
    public void reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        reservations.reserve(orderId, innerCode, goodsId, price);
    }

    private static MachineView toView(VendingMachine machine) {
        return MachineView.builder()
                .innerCode(machine.getInnerCode())
                .address(machine.getAddress())
                .status(machine.getStatus())
                .build();
    }

    private static MachineGoodsView toView(MachineGoods goods) {
        return MachineGoodsView.builder()
                .goodsId(goods.getGoodsId())
                .goodsName(goods.getGoodsName())
                .capacity(goods.getCapacity())
                .price(goods.getPrice())
                .build();
    }
}
