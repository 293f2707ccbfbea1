package com.shop.goods.vending.domain;

import lombok.Value;

/** A machine's answer to a dispense command. */
@Value
public class DispenseResult {

    long orderId;
    /** The id of the command answered, as the machine echoes it; null when it gave none. */
    String commandId;

    boolean success;
    /** Why it failed, as the machine says; may be null. */
    String reason;
}
