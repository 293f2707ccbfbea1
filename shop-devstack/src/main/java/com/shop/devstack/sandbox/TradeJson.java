package com.shop.devstack.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A trade as the control endpoints show it. */
final class TradeJson {

    private TradeJson() {}

    static Map<String, Object> of(TradeSnapshot trade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outTradeNo", trade.outTradeNo());
        json.put("tradeState", trade.state().name());
        json.put("tradeType", trade.tradeType());
        json.put("body", trade.body());
        json.put("totalFee", trade.totalFee());
        json.put("prepayId", trade.prepayId());
        json.put("codeUrl", trade.codeUrl());
        json.put("notifyUrl", trade.notifyUrl());
        json.put("signType", trade.signType().wireName());
        json.put("createdAt", trade.createdAt().toString());
        json.put("transactionId", trade.transactionId());
        json.put("timeEnd", trade.timeEnd());
        json.put("openid", trade.openid());
        json.put("refundedFee", trade.refundedFee());
        json.put("refunds", trade.refunds().stream().map(TradeJson::of).toList());
        json.put("notifyAttempts", trade.notifyAttempts());
        json.put("notified", trade.notified());
        return json;
    }

    static List<Map<String, Object>> of(List<TradeSnapshot> trades) {
        return trades.stream().map(TradeJson::of).toList();
    }

    private static Map<String, Object> of(Refund refund) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outRefundNo", refund.outRefundNo());
        json.put("refundId", refund.refundId());
        json.put("refundFee", refund.refundFee());
        json.put("refundStatus", refund.state().name());
        return json;
    }
}
