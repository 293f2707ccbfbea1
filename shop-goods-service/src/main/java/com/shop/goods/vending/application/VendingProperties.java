package com.shop.goods.vending.application;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/** Settings of the vending extension ({@code shop.vending.*}); the MQTT broker itself is {@code shop.mqtt.*}. */
@Data
@ConfigurationProperties("shop.vending")
public class VendingProperties {

    /**
     * How long a vending order may stay unpaid (the order service's {@code shop.order.vending-payment-timeout}, the
     * same variable): it holds its machine meanwhile.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration paymentTimeout = Duration.ofMinutes(2);
    /**
     * How long a machine stays leased to an order at most; unset, derived: the time to pay plus the dispense timeout
     * plus {@link #LEASE_MARGIN}, so the lease never runs out under an order still on its way, and a machine locked
     * by a crash or a forgotten order frees itself soon after.
     */
    private Duration leaseTtl;
    /** The ZooKeeper node under which each machine's lease is a child named by its inner code. */
    private String leaseRoot = "/shop/vending/leases";
    /**
     * How long a machine has to answer a dispense command before the dispense counts as failed and is refunded. A bare
     * number counts seconds ({@code 60}); units may be given ({@code 60s}, {@code 2m}).
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration dispenseTimeout = Duration.ofSeconds(60);
    /**
     * How long an answer that reached the service may take to be applied. A dispense is given up only this long after
     * its time to answer ran out, and this long after the service (re)started taking answers in, so an answer the
     * machine gave in time, or one the broker kept while the service was away, is applied first.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration resultGrace = Duration.ofSeconds(10);

    private final Mqtt mqtt = new Mqtt();

    /** Room for clocks apart and a payment closed late. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    public Duration getLeaseTtl() {
        return leaseTtl != null
                ? leaseTtl
                : paymentTimeout.plus(dispenseTimeout).plus(LEASE_MARGIN);
    }

    /** The service's MQTT clients: one subscribed to the machines' results, one sending their commands. */
    @Data
    public static class Mqtt {

        /**
         * Client id of the subscription to dispense results. Its session, and the results the broker keeps in it
         * while the service is down, survive restarts because the id stays the same. Every instance needs an id of
         * its own: a second client with the same id would throw the first off the broker. The command sender
         * connects as {@code <client-id>-commands}.
         */
        private String clientId = "shop-goods-service";
        /**
         * Where the result subscriber keeps the results it has taken from the broker but not yet applied, so none is
         * lost when the service stops in between. One directory per instance (Paho locks it); keep it off temporary
         * folders that are wiped at boot.
         */
        private String stateDirectory = "mqtt-state";

        private Duration connectionTimeout = Duration.ofSeconds(10);
        private Duration keepAlive = Duration.ofSeconds(30);
        /** The longest wait between two attempts to reach the broker. */
        private Duration maxReconnectDelay = Duration.ofSeconds(30);
        /** How long sending a command waits for the broker to confirm it (QoS 2), or for a connection to send it on. */
        private Duration completionTimeout = Duration.ofSeconds(10);
    }
}
