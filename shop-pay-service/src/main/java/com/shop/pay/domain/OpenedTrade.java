package com.shop.pay.domain;

/** A trade opened at the platform: the QR code content the payer scans, and the platform's prepay id. */
public record OpenedTrade(String codeUrl, String prepayId) {}
