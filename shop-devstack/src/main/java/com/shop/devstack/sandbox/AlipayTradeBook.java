package com.shop.devstack.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every trade of the Alipay sandbox, in memory, found by the merchant's trade number or by its QR code. */
final class AlipayTradeBook implements PayableTrades<AlipayTrade> {

    private final Map<String, AlipayTrade> byOutTradeNo = new ConcurrentHashMap<>();
    private final Map<String, AlipayTrade> byQrCode = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The trade with this {@code out_trade_no}: the one already there, or a new one on these terms. */
    AlipayTrade open(String outTradeNo, String subject, BigDecimal totalAmount, String notifyUrl, Instant now) {
        AlipayTrade trade = byOutTradeNo.computeIfAbsent(
                outTradeNo,
                number -> new AlipayTrade(
                        sequence.incrementAndGet(), number, subject, totalAmount, notifyUrl, AlipayIds.qrCode(), now));
        byQrCode.putIfAbsent(trade.qrCode(), trade);
        return trade;
    }

    @Override
    public String codeParameter() {
        return "qr_code";
    }

    @Override
    public Optional<AlipayTrade> byOutTradeNo(String outTradeNo) {
        return Optional.ofNullable(byOutTradeNo.get(outTradeNo));
    }

    @Override
    public Optional<AlipayTrade> byCode(String qrCode) {
        return Optional.ofNullable(byQrCode.get(qrCode));
    }

    /** The trade, or Alipay's {@code ACQ.TRADE_NOT_EXIST}. */
    AlipayTrade require(String outTradeNo) {
        return byOutTradeNo(outTradeNo)
                .orElseThrow(
                        () -> new BusinessRefusal("ACQ.TRADE_NOT_EXIST", "no trade with out_trade_no " + outTradeNo));
    }

    @Override
    public List<Map<String, Object>> json() {
        return all().stream().map(AlipayTrade::json).toList();
    }

    /** Every trade, oldest first. */
    List<AlipayTrade> all() {
        return byOutTradeNo.values().stream()
                .sorted(Comparator.comparingLong(AlipayTrade::sequence))
                .toList();
    }
}
