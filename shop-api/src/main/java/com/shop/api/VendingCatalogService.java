package com.shop.api;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.pojo.vending.MachineGoodsDetailView;

/**
 * What shoppers read about one goods at one machine, channel by channel: the goods service's vending extension, like
 * {@link VendingService}, whose summed listings it details. Read only; no order step calls it.
 */
public interface VendingCatalogService {

    /**
     * The goods, the machine's address and every channel of the machine holding the goods (empty ones with 0 units),
     * by channel code. Also for a machine out of service: what it holds is no secret.
     *
     * @throws MachineNotFoundException no machine with that inner code
     * @throws GoodsNotFoundException   no channel of the machine holds the goods
     */
    MachineGoodsDetailView machineGoodsDetail(String innerCode, long goodsId)
            throws MachineNotFoundException, GoodsNotFoundException;
}
