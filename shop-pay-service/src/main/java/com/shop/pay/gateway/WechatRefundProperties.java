package com.shop.pay.gateway;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How refunds reach the platform ({@code shop.pay.wechat.refund.*}): {@code /secapi/pay/refund} demands the merchant's
 * client certificate, the PKCS#12 file the platform issued (its password is the merchant id unless set otherwise).
 */
@Data
@ConfigurationProperties("shop.pay.wechat.refund")
public class WechatRefundProperties {

    /** Where {@code /secapi/} is: the platform's API in production, the sandbox's HTTPS listener locally. */
    private String secapiBaseUrl = "http://127.0.0.1:18090";
    /** The merchant's certificate and key, PKCS#12 ({@code apiclient_cert.p12}); without one no refund is asked. */
    private String certPath = "";
    /** The PKCS#12 password; the merchant id when empty, as the platform issues it. */
    private String certPassword = "";
    /**
     * A certificate authority (PEM) trusted for {@code /secapi/} besides the JDK's: the sandbox's development CA.
     * Development mode only; the application refuses to start with one otherwise.
     */
    private String trustCaPath = "";
    /** Where the platform posts refund notifications: shop-pay-web's refund callback. */
    private String notifyUrl = "http://127.0.0.1:8081/pay/notify/wechat/refund";
}
