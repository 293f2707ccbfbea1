package com.shop.pay.domain;

import com.shop.pojo.pay.JsapiPayParameters;

/** Signs, with the merchant's key, what the payer's page inside WeChat pays a JSAPI trade with. */
public interface JsapiSigner {

    /** The page's parameters for the trade of this prepay id, with a fresh time stamp and nonce. */
    JsapiPayParameters sign(String prepayId);
}
