package com.shop.devstack.sandbox;

import java.time.Instant;
import java.util.Map;

/** A platform's trade as the control endpoints see it: a payer can pay it, anyone can look at it. */
interface PayableTrade {

    String outTradeNo();

    /** The payer pays; {@code force} pays a closed trade, as when a payment crosses the close. */
    PayOutcome pay(boolean force, Instant now);

    /** The trade as the control endpoints show it. */
    Map<String, Object> json();
}
