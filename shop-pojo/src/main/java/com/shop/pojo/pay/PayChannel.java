package com.shop.pojo.pay;

/** The payment platform an order was paid through. */
public enum PayChannel {
    WECHAT
}
