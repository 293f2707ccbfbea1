package com.shop.goods.vending.domain;

import java.time.Instant;
import lombok.Value;

/** What a machine is told to do for a paid order: drop one unit from the channel. Machines deduplicate by order. */
@Value
public class DispenseCommand {

    long orderId;
    /** This command's own id, which the machine's answer must carry. */
    String commandId;

    String innerCode;
    String channelCode;
    long goodsId;
    Instant requestTime;
    /** How long the machine has to answer before the dispense counts as failed. */
    int timeoutSeconds;
}
