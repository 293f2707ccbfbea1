package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A sandbox of its own per test on a free port, a merchant signing requests, and a notify receiver of its own. */
abstract class SandboxTestBase {

    /** Retries after microseconds: all sixteen attempts of a notification take well under a second. */
    static final double FAST = 0.00001;

    static final Duration SOON = Duration.ofSeconds(10);
    static final MerchantAccount MERCHANT = MerchantAccount.DEVELOPMENT;

    PaymentSandbox sandbox;
    NotifyReceiver receiver;
    MerchantClient merchant;

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = new PaymentSandbox(0, MERCHANT, FAST);
        sandbox.start();
        receiver = new NotifyReceiver();
        merchant = new MerchantClient(sandbox, MERCHANT);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
        receiver.close();
    }

    static String tradeNo() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A trade opened and paid, its payment notification received. */
    String paidTrade(long totalFee) throws InterruptedException {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, totalFee, receiver.url());
        assertThat(merchant.control("/sandbox/pay?out_trade_no=" + outTradeNo).statusCode())
                .isEqualTo(200);
        receiver.next(SOON);
        return outTradeNo;
    }
}
