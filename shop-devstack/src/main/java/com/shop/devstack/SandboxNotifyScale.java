package com.shop.devstack;

import com.shop.devstack.sandbox.PaymentSandbox;
import java.util.Map;

/**
 * How much faster than the real platform the payment sandbox retries notifications: {@value #VARIABLE} from the
 * environment (say {@code 1} for the platform's own 15 s, 15 s, 30 s, 3 min, ...), else
 * {@link PaymentSandbox#DEVSTACK_NOTIFY_DELAY_SCALE}.
 */
final class SandboxNotifyScale {

    static final String VARIABLE = "SHOP_SANDBOX_NOTIFY_SCALE";

    private SandboxNotifyScale() {}

    static double from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return PaymentSandbox.DEVSTACK_NOTIFY_DELAY_SCALE;
        }
        try {
            double scale = Double.parseDouble(value.trim());
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new NumberFormatException();
            }
            return scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + " must be a positive number, not '" + value + "'");
        }
    }
}
