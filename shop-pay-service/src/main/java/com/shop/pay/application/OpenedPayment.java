package com.shop.pay.application;

import com.shop.pay.domain.Payment;
import com.shop.pojo.pay.JsapiPayParameters;

/**
 * An open payment as its payer gets it: the payment, and for a JSAPI trade the signed parameters the payer's page
 * pays it with (null otherwise).
 */
public record OpenedPayment(Payment payment, JsapiPayParameters jsapi) {}
