package com.shop.pojo.pay;

/** How the payer pays a WeChat Pay trade. */
public enum TradeType {
    /** The payer scans the trade's QR code ({@code code_url}). */
    NATIVE,
    /** Inside WeChat (an official account's page): the page calls the payment with the signed prepay id. */
    JSAPI
}
