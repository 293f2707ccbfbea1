package com.shop.goods.vending.domain;

import java.math.BigDecimal;
import lombok.Value;

/** A goods a machine can sell now: units summed over its channels that have any, at the lowest of their prices. */
@Value
public class MachineGoods {

    long goodsId;
    String goodsName;
    int capacity;
    BigDecimal price;
}
