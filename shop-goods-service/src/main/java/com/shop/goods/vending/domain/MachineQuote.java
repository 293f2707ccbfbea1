package com.shop.goods.vending.domain;

import lombok.Value;

/** Where the next unit of a goods would come from at a machine, and so its price there now. */
@Value
public class MachineQuote {

    VendingMachine machine;
    VendingChannel channel;
}
