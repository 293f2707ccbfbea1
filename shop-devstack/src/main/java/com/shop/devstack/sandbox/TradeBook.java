package com.shop.devstack.sandbox;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every trade of the sandbox, in memory, found by the merchant's trade number or by the QR code's URL. */
final class TradeBook implements PayableTrades<Trade> {

    private final Map<String, Trade> byOutTradeNo = new ConcurrentHashMap<>();
    private final Map<String, Trade> byCodeUrl = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The trade with the terms' {@code out_trade_no}: the one already there, or a new one on these terms. */
    Trade open(OrderTerms terms, Instant now) {
        Trade trade = byOutTradeNo.computeIfAbsent(
                terms.outTradeNo(), outTradeNo -> new Trade(sequence.incrementAndGet(), terms, now));
        if (trade.codeUrl() != null) {
            byCodeUrl.putIfAbsent(trade.codeUrl(), trade);
        }
        return trade;
    }

    @Override
    public String codeParameter() {
        return "code_url";
    }

    @Override
    public Optional<Trade> byOutTradeNo(String outTradeNo) {
        return Optional.ofNullable(byOutTradeNo.get(outTradeNo));
    }

    @Override
    public Optional<Trade> byCode(String codeUrl) {
        return Optional.ofNullable(byCodeUrl.get(codeUrl));
    }

    /** The trade, or the platform's {@code ORDERNOTEXIST}. */
    Trade require(String outTradeNo) {
        return byOutTradeNo(outTradeNo)
                .orElseThrow(() -> new BusinessRefusal("ORDERNOTEXIST", "no trade with out_trade_no " + outTradeNo));
    }

    /** The trade that has a refund with the merchant's number, or the platform's {@code REFUNDNOTEXIST}. */
    Trade requireByOutRefundNo(String outRefundNo) {
        return byOutTradeNo.values().stream()
                .filter(trade -> trade.snapshot().refund(outRefundNo).isPresent())
                .findFirst()
                .orElseThrow(
                        () -> new BusinessRefusal("REFUNDNOTEXIST", "no refund with out_refund_no " + outRefundNo));
    }

    @Override
    public List<Map<String, Object>> json() {
        return TradeJson.of(snapshots());
    }

    /** Every trade, oldest first. */
    List<TradeSnapshot> snapshots() {
        return byOutTradeNo.values().stream()
                .map(Trade::snapshot)
                .sorted(Comparator.comparingLong(TradeSnapshot::sequence))
                .toList();
    }
}
