package com.shop.pay.domain;

import com.shop.pojo.pay.PayChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The platforms payments are made at, by channel: a payment's trade is opened, looked up, closed and refunded at its
 * own platform, whichever it is.
 */
public final class PaymentGateways {

    private final Map<PayChannel, PaymentGateway> payments = new EnumMap<>(PayChannel.class);
    private final Map<PayChannel, RefundGateway> refunds = new EnumMap<>(PayChannel.class);

    public PaymentGateways(List<PaymentGateway> payments, List<RefundGateway> refunds) {
        payments.forEach(gateway -> add(this.payments, gateway.channel(), gateway));
        refunds.forEach(gateway -> add(this.refunds, gateway.channel(), gateway));
    }

    private static <T> void add(Map<PayChannel, T> gateways, PayChannel channel, T gateway) {
        if (gateways.putIfAbsent(channel, gateway) != null) {
            throw new IllegalArgumentException("two gateways of " + channel);
        }
    }

    /** @throws PaymentGatewayException no platform of this channel is known */
    public PaymentGateway of(PayChannel channel) {
        PaymentGateway gateway = payments.get(channel);
        if (gateway == null) {
            throw new PaymentGatewayException("no payment platform " + channel);
        }
        return gateway;
    }

    /** The platform of the payment's trade. */
    public PaymentGateway of(Payment payment) {
        return of(payment.channel());
    }

    /** Where the payment is refunded: its own platform. */
    public RefundGateway refundsOf(Payment paid) {
        return refundsOf(paid.channel());
    }

    /** @throws PaymentGatewayException no platform of this channel is known */
    public RefundGateway refundsOf(PayChannel channel) {
        RefundGateway gateway = refunds.get(channel);
        if (gateway == null) {
            throw new PaymentGatewayException("no refunds at payment platform " + channel);
        }
        return gateway;
    }
}
