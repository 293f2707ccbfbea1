package com.shop.devstack.sandbox;

/** What a unified order asks for: the merchant's trade number, what and how much (fen), and where to notify. */
record OrderTerms(
        String outTradeNo,
        String body,
        long totalFee,
        String tradeType,
        String notifyUrl,
        String openid,
        SignType signType) {}
