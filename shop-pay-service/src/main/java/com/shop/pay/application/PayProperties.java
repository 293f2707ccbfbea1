package com.shop.pay.application;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the pay service ({@code shop.pay.*}); the merchant's are {@code shop.pay.wechat.*}. */
@Data
@ConfigurationProperties("shop.pay")
public class PayProperties {

    /**
     * A payment still paying this long after it was opened is looked up at the platform: its notification may have
     * been lost.
     */
    private Duration reconcileAfter = Duration.ofSeconds(60);
    /** How often reconciliation looks for such payments. */
    private Duration reconcileInterval = Duration.ofSeconds(30);
    /**
     * Payments looked up, and pending refunds asked for again, per round; the next round goes on after them, and once
     * a round reached the end the next starts over.
     */
    private int reconcileBatchSize = 50;
    /** A refund the platform has not accepted this long after it was recorded is asked for again. */
    private Duration refundRetryAfter = Duration.ofSeconds(30);
}
