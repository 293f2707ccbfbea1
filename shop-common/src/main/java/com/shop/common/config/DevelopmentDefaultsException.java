package com.shop.common.config;

import java.util.List;

/** An application outside development mode configured with development defaults: it does not start. */
public class DevelopmentDefaultsException extends IllegalStateException {

    public DevelopmentDefaultsException(List<String> offences) {
        super("Not in development mode (SHOP_DEV_MODE is not true), and these settings are not this deployment's own: "
                + String.join("; ", offences)
                + ". Set them, or set SHOP_DEV_MODE=true for a development stack.");
    }
}
