package com.shop.pojo.pay;

/** The payment platform an order was paid through. */
public enum PayChannel {
    /** WeChat Pay (API v2). */
    WECHAT,
    /** Alipay (open API, face-to-face precreate). */
    ALIPAY
}
