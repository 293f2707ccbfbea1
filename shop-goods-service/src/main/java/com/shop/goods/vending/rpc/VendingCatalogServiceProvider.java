package com.shop.goods.vending.rpc;

import com.shop.api.ServiceVersions;
import com.shop.api.VendingCatalogService;
import com.shop.goods.vending.application.VendingCatalog;
import com.shop.goods.vending.domain.MachineGoodsDetail;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.pojo.vending.MachineChannelView;
import com.shop.pojo.vending.MachineGoodsDetailView;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the machines' detailed reads: maps the catalogue's answer to the wire types. */
@DubboService(version = ServiceVersions.V1)
public class VendingCatalogServiceProvider implements VendingCatalogService {

    private final VendingCatalog catalog;

    public VendingCatalogServiceProvider(VendingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public MachineGoodsDetailView machineGoodsDetail(String innerCode, long goodsId) {
        MachineGoodsDetail detail = catalog.machineGoodsDetail(innerCode, goodsId);
        return MachineGoodsDetailView.builder()
                .innerCode(detail.getMachine().getInnerCode())
                .address(detail.getMachine().getAddress())
                .goodsId(detail.getGoods().getGoodsId())
                .goodsName(detail.getGoods().getGoodsName())
                .goodsPrice(detail.getGoods().getGoodsPrice())
                .channels(detail.getChannels().stream()
                        .map(VendingCatalogServiceProvider::toView)
                        .toList())
                .build();
    }

    private static MachineChannelView toView(VendingChannel channel) {
        return MachineChannelView.builder()
                .channelCode(channel.getChannelCode())
                .price(channel.getPrice())
                .units(Math.max(0, channel.getCurrentCapacity()))
                .build();
    }
}
