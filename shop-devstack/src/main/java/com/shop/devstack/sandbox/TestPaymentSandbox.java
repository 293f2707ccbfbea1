package com.shop.devstack.sandbox;

import com.shop.infra.FreePorts;
import com.shop.infra.OncePerJvm;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The payment sandbox of a test JVM, beside its {@code TestInfrastructure}: one per JVM on a free port, started on
 * first use, retrying notifications on the devstack's scale. The JVM's exit ends it.
 */
public final class TestPaymentSandbox {

    private static final OncePerJvm<PaymentSandbox> SHARED =
            new OncePerJvm<>("the test payment sandbox", TestPaymentSandbox::start);

    private TestPaymentSandbox() {}

    public static PaymentSandbox shared() {
        return SHARED.get();
    }

    private static PaymentSandbox start() {
        PaymentSandbox sandbox = new PaymentSandbox(
                FreePorts.next(), MerchantAccount.DEVELOPMENT, PaymentSandbox.DEVSTACK_NOTIFY_DELAY_SCALE);
        try {
            sandbox.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the payment sandbox did not start", e);
        }
        return sandbox;
    }
}
