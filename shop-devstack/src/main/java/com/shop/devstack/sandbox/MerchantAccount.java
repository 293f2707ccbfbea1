package com.shop.devstack.sandbox;

import java.util.Objects;

/** The merchant the sandbox serves: the app id and merchant id a request must name, and the key that signs. */
public record MerchantAccount(String appId, String mchId, String key) {

    /**
     * The development merchant: the app id, merchant id and key of the platform's published signing example, which
     * the shop applications use by default.
     */
    public static final MerchantAccount DEVELOPMENT =
            new MerchantAccount("wxd930ea5d5a258f4f", "10000100", "192006250b4c09247ec02edce69f6a2d");

    public MerchantAccount {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(mchId, "mchId");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        // the key stays out of logs
        return "MerchantAccount[appId=" + appId + ", mchId=" + mchId + "]";
    }
}
