package com.shop.pay.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** Payments read over Dubbo, as the pay web reads them: a user sees only their own. */
class PaymentServiceDubboTest extends PayServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    PaymentService payments;

    @Test
    void aUserReadsTheirPaymentAsStored() {
        long payId = storedPayment(7, "108.00");

        PaymentView payment = payments.getPayment(7, payId);

        assertThat(payment.getPayId()).isEqualTo(payId);
        assertThat(payment.getUserId()).isEqualTo(7);
        assertThat(payment.getPayAmount()).isEqualByComparingTo("108.00");
        assertThat(payment.getPayStatus()).isEqualTo(PaymentStatus.PAYING);
        assertThat(payment.getCodeUrl()).isEqualTo("weixin://wxpay/bizpayurl?pr=test" + payId);
    }

    @Test
    void anotherUsersOrAnUnknownPaymentDoesNotExist() {
        long payId = storedPayment(7, "1.00");

        assertThatThrownBy(() -> payments.getPayment(8, payId))
                .isInstanceOf(PaymentNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", "PAYMENT_NOT_FOUND");
        assertThatThrownBy(() -> payments.getPayment(7, payId + 1)).isInstanceOf(PaymentNotFoundException.class);
    }

    private long storedPayment(long userId, String amount) {
        long payId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        long orderId = payId + 1;
        jdbc.update(
                "INSERT INTO trade_pay (pay_id, order_id, user_id, pay_amount, pay_status, open_order_id, code_url)"
                        + " VALUES (?, ?, ?, ?, 1, ?, ?)",
                payId,
                orderId,
                userId,
                new java.math.BigDecimal(amount),
                orderId,
                "weixin://wxpay/bizpayurl?pr=test" + payId);
        return payId;
    }
}
