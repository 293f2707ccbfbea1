package com.shop.devstack.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

/**
 * {@code /pay/unifiedorder}: opens a trade and hands out its prepay id (and, for a QR code payment, its
 * {@code code_url}). Ordering the same open trade again answers the same; reusing its number otherwise is refused.
 */
final class UnifiedOrderOperation implements PlatformOperation {

    static final String NATIVE = "NATIVE";
    static final String JSAPI = "JSAPI";

    private final TradeBook trades;

    UnifiedOrderOperation(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        String tradeType = request.required("trade_type");
        if (!NATIVE.equals(tradeType) && !JSAPI.equals(tradeType)) {
            throw new BusinessRefusal("PARAM_ERROR", "trade_type must be NATIVE or JSAPI, not " + tradeType);
        }
        String openid = request.optional("openid");
        if (JSAPI.equals(tradeType) && openid == null) {
            throw new BusinessRefusal("PARAM_ERROR", "openid is required for trade_type JSAPI");
        }
        long totalFee = request.fen("total_fee");
        if (totalFee <= 0) {
            throw new BusinessRefusal("PARAM_ERROR", "total_fee must be positive, not " + totalFee);
        }
        request.required("spbill_create_ip");
        OrderTerms terms = new OrderTerms(
                request.required("out_trade_no"),
                request.required("body"),
                totalFee,
                tradeType,
                notifyUrl(request),
                openid,
                request.signType());

        Trade trade = trades.open(terms, Instant.now());
        trade.requireReusableFor(totalFee);
        TradeSnapshot opened = trade.snapshot();
        return PlatformReply.success()
                .with("trade_type", opened.tradeType())
                .with("prepay_id", opened.prepayId())
                .with("code_url", opened.codeUrl());
    }

    /** Refused now rather than failing every notification later. */
    private static String notifyUrl(PlatformRequest request) {
        String notifyUrl = request.required("notify_url");
        try {
            URI uri = new URI(notifyUrl);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return notifyUrl;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new BusinessRefusal("PARAM_ERROR", "notify_url must be an http(s) URL, not " + notifyUrl);
    }
}
