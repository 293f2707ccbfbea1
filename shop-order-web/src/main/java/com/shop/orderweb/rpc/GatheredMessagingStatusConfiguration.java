package com.shop.orderweb.rpc;

import com.shop.api.MessagingStatus;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The five services' messaging statuses of {@link RemoteServices}, gathered into the one status controllers see. */
@Configuration(proxyBeanMethods = false)
public class GatheredMessagingStatusConfiguration {

    /**
     * Threads of their own, so operators still see the backlog while shoppers' timelines take every trail thread:
     * one read is five calls, and operators read it seldom.
     */
    static final int STATUS_THREADS = 5;

    static final int STATUS_QUEUE = 20;

    /** Every service's status, gathered in parallel; waiting a little longer than the calls' own timeout. */
    @Bean(destroyMethod = "close")
    @Primary
    GatheredMessagingStatus messagingStatus(
            @Qualifier("orderMessagingStatus") MessagingStatus order,
            @Qualifier("goodsMessagingStatus") MessagingStatus goods,
            @Qualifier("couponMessagingStatus") MessagingStatus coupon,
            @Qualifier("userMessagingStatus") MessagingStatus user,
            @Qualifier("payMessagingStatus") MessagingStatus pay) {
        return new GatheredMessagingStatus(new EveryService<>(
                EveryService.byGroup(order, goods, coupon, user, pay),
                EveryService.threads("messaging-status", STATUS_THREADS, STATUS_QUEUE),
                Duration.ofMillis(RemoteServices.STATUS_TIMEOUT_MILLIS + 500L)));
    }
}
