package com.shop.devstack.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** Signs what the platform sends the merchant and verifies what the merchant sends, with the merchant's key. */
final class MerchantSigner {

    private final MerchantAccount merchant;

    MerchantSigner(MerchantAccount merchant) {
        this.merchant = merchant;
    }

    /**
     * The fields plus the merchant's {@code appid} and {@code mch_id}, a fresh {@code nonce_str}, {@code sign_type}
     * when it is not the default MD5, and the {@code sign} over all of them.
     */
    Map<String, String> signed(Map<String, String> fields, SignType type) {
        Map<String, String> message = new LinkedHashMap<>(fields);
        message.put("appid", merchant.appId());
        message.put("mch_id", merchant.mchId());
        message.put("nonce_str", RandomIds.nonce());
        if (type != SignType.MD5) {
            message.put("sign_type", type.wireName());
        }
        message.put(WxPaySignature.SIGN, WxPaySignature.sign(message, merchant.key(), type));
        return message;
    }

    boolean verifies(Map<String, String> message, SignType type) {
        return WxPaySignature.matches(message, merchant.key(), type);
    }
}
