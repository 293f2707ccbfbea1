package com.shop.devstack.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of the payment notification the platform posts to a trade's {@code notify_url}, before signing. */
final class PaymentNotification {

    /** The payer's bank as the sandbox reports it: China Merchants Bank's credit card. */
    static final String BANK_TYPE = "CMC";

    static final String FEE_TYPE = "CNY";

    private PaymentNotification() {}

    static Map<String, String> of(TradeSnapshot trade) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("result_code", "SUCCESS");
        fields.put("openid", trade.openid());
        fields.put("is_subscribe", "N");
        fields.put("trade_type", trade.tradeType());
        fields.put("bank_type", BANK_TYPE);
        fields.put("total_fee", Long.toString(trade.totalFee()));
        fields.put("cash_fee", Long.toString(trade.totalFee()));
        fields.put("fee_type", FEE_TYPE);
        fields.put("transaction_id", trade.transactionId());
        fields.put("out_trade_no", trade.outTradeNo());
        fields.put("time_end", trade.timeEnd());
        return fields;
    }
}
