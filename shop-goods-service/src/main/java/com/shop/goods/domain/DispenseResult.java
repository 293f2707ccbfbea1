package com.shop.goods.domain;

import lombok.Value;

/** A machine's answer to a dispense command. */
@Value
public class DispenseResult {

    long orderId;
    boolean success;
    /** Why it failed, as the machine says; may be null. */
    String reason;
}
