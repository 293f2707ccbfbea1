package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** An order's payments listed over Dubbo, as shop-pay-web asks for them. */
class PaymentListingTest extends PayServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Test
    void listsTheOrdersPaymentsOldestFirstAndOnlyToItsUser() {
        long orderId = orders.confirmedOrder(ALICE, "20.00");
        long closed = payments.createPayment(ALICE, orderId).getPayId();
        assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.CLOSED);
        long reopened = payments.createPayment(ALICE, orderId).getPayId();

        List<PaymentView> listed = payments.listOrderPayments(ALICE, orderId);

        assertThat(listed).extracting(PaymentView::getPayId).containsExactly(closed, reopened);
        assertThat(listed)
                .extracting(PaymentView::getPayStatus)
                .containsExactly(PaymentStatus.CLOSED, PaymentStatus.PAYING);
        assertThat(listed.get(1).getCodeUrl()).startsWith("weixin://");
        assertThat(payments.listOrderPayments(BOB, orderId))
                .as("another user's order")
                .isEmpty();
        assertThat(payments.listOrderPayments(ALICE, orderId + 1))
                .as("an order without payments")
                .isEmpty();
    }
}
