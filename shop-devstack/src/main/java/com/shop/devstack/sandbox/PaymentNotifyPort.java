package com.shop.devstack.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * WeChat Pay's notification of a paid trade: signed XML posted to the trade's {@code notify_url}, acknowledged by HTTP
 * 200 with {@code return_code} SUCCESS; every attempt is counted on the trade.
 */
final class PaymentNotifyPort implements RetryingDelivery.Port<Trade> {

    private final MerchantSigner signer;

    PaymentNotifyPort(MerchantSigner signer) {
        this.signer = signer;
    }

    @Override
    public HttpRequest request(Trade trade) {
        TradeSnapshot paid = trade.snapshot();
        String xml = WxPayXml.write(signer.signed(PaymentNotification.of(paid), paid.signType()));
        return RetryingDelivery.post(paid.notifyUrl(), SignedXmlEndpoint.XML_CONTENT_TYPE, xml);
    }

    @Override
    public boolean acknowledged(HttpResponse<String> answer) {
        return isSuccess(answer);
    }

    @Override
    public String describe(Trade trade) {
        return "payment notification of trade " + trade.outTradeNo();
    }

    @Override
    public void attempted(Trade trade, boolean acknowledged) {
        trade.recordNotifyAttempt(acknowledged);
    }

    /** How a merchant acknowledges any WeChat Pay notification: HTTP 200 with {@code return_code} SUCCESS. */
    static boolean isSuccess(HttpResponse<String> answer) {
        try {
            return answer.statusCode() == 200
                    && "SUCCESS".equals(WxPayXml.parse(answer.body()).get("return_code"));
        } catch (MalformedXmlException e) {
            return false;
        }
    }
}
