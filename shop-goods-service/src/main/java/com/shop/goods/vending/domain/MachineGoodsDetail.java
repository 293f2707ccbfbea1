package com.shop.goods.vending.domain;

import com.shop.goods.domain.Goods;
import java.util.List;
import lombok.Value;

/** One goods at one machine: the goods, the machine, and the machine's channels holding it, empty ones too. */
@Value
public class MachineGoodsDetail {

    VendingMachine machine;
    Goods goods;
    List<VendingChannel> channels;
}
