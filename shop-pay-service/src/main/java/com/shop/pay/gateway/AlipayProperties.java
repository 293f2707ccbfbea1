package com.shop.pay.gateway;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's app at Alipay ({@code shop.pay.alipay.*}). The keys have no defaults: the devstack hands the pay
 * service its sandbox's development keys, and without keys no Alipay payment is opened (outside development mode the
 * application does not start without them).
 */
@Data
@ConfigurationProperties("shop.pay.alipay")
public class AlipayProperties {

    /** The open API gateway: {@code https://openapi.alipay.com/gateway.do} in production. */
    private String gatewayUrl = "http://127.0.0.1:18090/alipay/gateway.do";

    private String appId = "2021000148600001";
    /** The merchant's RSA private key (Base64 of PKCS#8, PEM armour allowed): signs every request. */
    private String privateKey = "";
    /** Alipay's RSA public key (Base64 of X.509, PEM armour allowed): verifies answers and notifications. */
    private String publicKey = "";
    /** Where Alipay posts notifications: shop-pay-web's callback. */
    private String notifyUrl = "http://127.0.0.1:8081/pay/notify/alipay";
    /** What the payer sees as the trade's subject. */
    private String subject = "shop order";

    private Duration connectTimeout = Duration.ofSeconds(2);
    /** Below the order service's timeout for closing or refunding, so a slow platform is reported, not waited out. */
    private Duration requestTimeout = Duration.ofSeconds(3);
    /** Notifications larger than this are refused unread. */
    private int maxNotificationBytes = 16 * 1024;
}
