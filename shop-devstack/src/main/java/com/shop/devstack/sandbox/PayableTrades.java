package com.shop.devstack.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A platform's trades as the control endpoints find them. */
interface PayableTrades<T extends PayableTrade> {

    /** The query parameter that names a trade by what the payer scanned. */
    String codeParameter();

    /** The trade whose QR code holds this. */
    Optional<T> byCode(String code);

    Optional<T> byOutTradeNo(String outTradeNo);

    /** Every trade as the control endpoints show it, oldest first. */
    List<Map<String, Object>> json();
}
