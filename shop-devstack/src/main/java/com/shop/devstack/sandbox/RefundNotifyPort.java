package com.shop.devstack.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * WeChat Pay's notification of a settled refund: its outcome, encrypted with the merchant's key, posted to the
 * {@code notify_url} the refund request named and acknowledged as a payment notification is.
 */
final class RefundNotifyPort implements RetryingDelivery.Port<RefundNotifyPort.Settled> {

    /** A refund as it was settled, with its trade. */
    record Settled(TradeSnapshot trade, Refund refund) {}

    private final MerchantAccount merchant;

    RefundNotifyPort(MerchantAccount merchant) {
        this.merchant = merchant;
    }

    @Override
    public HttpRequest request(Settled settled) {
        String body = RefundNotification.of(merchant, settled.trade(), settled.refund());
        return RetryingDelivery.post(settled.refund().notifyUrl(), SignedXmlEndpoint.XML_CONTENT_TYPE, body);
    }

    @Override
    public boolean acknowledged(HttpResponse<String> answer) {
        return PaymentNotifyPort.isSuccess(answer);
    }

    @Override
    public String describe(Settled settled) {
        return "refund notification of " + settled.refund().outRefundNo();
    }
}
