package com.shop.pay.gateway;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's settings at WeChat Pay ({@code shop.pay.wechat.*}). The defaults are the devstack sandbox's
 * development merchant; production sets every one of them.
 */
@Data
@ConfigurationProperties("shop.pay.wechat")
public class WechatPayProperties {

    /** Where the platform's API is: {@code https://api.mch.weixin.qq.com} in production. */
    private String baseUrl = "http://127.0.0.1:18090";

    private String appId = "wxd930ea5d5a258f4f";
    private String mchId = "10000100";
    /** The merchant's API key: signs requests and verifies answers and notifications. */
    private String key = "192006250b4c09247ec02edce69f6a2d";

    private SignType signType = SignType.HMAC_SHA256;
    /** Where the platform posts notifications: shop-pay-web's callback. */
    private String notifyUrl = "http://127.0.0.1:8081/pay/notify/wechat";
    /** What the payer sees as the trade's description. */
    private String tradeDescription = "shop order";
    /** The address the unified order names as the merchant's ({@code spbill_create_ip}). */
    private String serverIp = "127.0.0.1";

    private Duration connectTimeout = Duration.ofSeconds(2);
    /** Below the order service's timeout for closing or refunding, so a slow platform is reported, not waited out. */
    private Duration requestTimeout = Duration.ofSeconds(3);
    /** Notifications larger than this are refused unread. */
    private int maxNotificationBytes = 16 * 1024;
}
