package com.shop.goods.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.shop.goods.domain.PaidOrderHandler;
import com.shop.pojo.event.PaymentSucceeded;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class PaidOrdersTest {

    private static final PaymentSucceeded PAYMENT =
            PaymentSucceeded.builder().payId(2L).orderId(1L).userId(7L).build();

    @Test
    void everyHandlerGetsThePaidOrderInTurn() {
        List<String> calls = new ArrayList<>();
        PaidOrderHandler first = payment -> calls.add("first " + payment.getOrderId());
        PaidOrderHandler second = payment -> calls.add("second " + payment.getOrderId());

        new PaidOrders(List.of(first, second)).orderPaid(PAYMENT);

        assertThat(calls).containsExactly("first 1", "second 1");
    }

    @Test
    void withoutHandlersAPaidOrderNeedsNothingFromTheGoodsService() {
        assertThatCode(() -> new PaidOrders(List.of()).orderPaid(PAYMENT)).doesNotThrowAnyException();
    }

    @Test
    void theServiceStartsWithNoHandlerDefined() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(PaidOrders.class)) {
            assertThatCode(() -> context.getBean(PaidOrders.class).orderPaid(PAYMENT))
                    .doesNotThrowAnyException();
        }
    }
}
