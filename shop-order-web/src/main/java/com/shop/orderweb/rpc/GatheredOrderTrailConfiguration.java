package com.shop.orderweb.rpc;

import com.shop.api.OrderTrail;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The five services' trails of {@link RemoteServices}, gathered into the one trail controllers see. */
@Configuration(proxyBeanMethods = false)
public class GatheredOrderTrailConfiguration {

    /** Threads asking for trails: five calls per read, so a few reads at once; more wait in a short queue. */
    static final int TRAIL_THREADS = 10;

    static final int TRAIL_QUEUE = 100;

    /**
     * The trail controllers see: every service's part, gathered in parallel. The wait is a little longer than the
     * calls' own timeout, so a call's timeout (the service did not answer) is what normally ends a slow one.
     */
    @Bean(destroyMethod = "close")
    @Primary
    GatheredOrderTrail orderTrail(
            @Qualifier("orderOrderTrail") OrderTrail order,
            @Qualifier("goodsOrderTrail") OrderTrail goods,
            @Qualifier("couponOrderTrail") OrderTrail coupon,
            @Qualifier("userOrderTrail") OrderTrail user,
            @Qualifier("payOrderTrail") OrderTrail pay) {
        return new GatheredOrderTrail(
                new EveryService<>(
                        EveryService.byGroup(order, goods, coupon, user, pay),
                        EveryService.threads("order-trail", TRAIL_THREADS, TRAIL_QUEUE),
                        Duration.ofMillis(RemoteServices.TRAIL_TIMEOUT_MILLIS + 500L)),
                Clock.systemUTC());
    }
}
