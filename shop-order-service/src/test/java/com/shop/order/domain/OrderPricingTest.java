package com.shop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private final OrderPricing pricing = new OrderPricing(new ShippingFeePolicy());

    @Test
    void everyFigureFollowsFromPriceQuantityCouponAndBalance() {
        OrderFigures figures = pricing.price(new BigDecimal("19.9"), 3, new BigDecimal("5"), new BigDecimal("20.5"));

        assertThat(figures.goodsPrice()).isEqualTo("19.90");
        assertThat(figures.goodsNumber()).isEqualTo(3);
        assertThat(figures.goodsAmount()).isEqualTo("59.70");
        assertThat(figures.shippingFee()).isEqualTo("10.00");
        assertThat(figures.orderAmount()).isEqualTo("69.70");
        assertThat(figures.couponPaid()).isEqualTo("5.00");
        assertThat(figures.moneyPaid()).isEqualTo("20.50");
        assertThat(figures.payAmount()).isEqualTo("44.20");
    }

    @Test
    void noCouponAndNoBalanceCountAsZero() {
        OrderFigures figures = pricing.price(new BigDecimal("60.00"), 2, null, null);

        assertThat(figures.shippingFee()).isEqualTo("0.00");
        assertThat(figures.couponPaid()).isEqualTo("0.00");
        assertThat(figures.moneyPaid()).isEqualTo("0.00");
        assertThat(figures.payAmount()).isEqualTo("120.00");
    }

    @Test
    void theClientsFiguresMustAgreeByValue() {
        OrderFigures figures = pricing.price(new BigDecimal("30.00"), 3, null, null);

        assertThatCode(() ->
                        figures.requireAgreement(new BigDecimal("30"), new BigDecimal("10.0"), new BigDecimal("100")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> figures.requireAgreement(
                        new BigDecimal("30.01"), new BigDecimal("10.00"), new BigDecimal("100.00")))
                .isInstanceOf(PriceMismatchException.class)
                .hasMessageContaining("goods price");
        assertThatThrownBy(() -> figures.requireAgreement(
                        new BigDecimal("30.00"), new BigDecimal("0.00"), new BigDecimal("100.00")))
                .isInstanceOf(PriceMismatchException.class)
                .hasMessageContaining("shipping fee");
        assertThatThrownBy(() -> figures.requireAgreement(
                        new BigDecimal("30.00"), new BigDecimal("10.00"), new BigDecimal("90.00")))
                .isInstanceOf(PriceMismatchException.class)
                .hasMessageContaining("order amount");
    }

    @Test
    void couponAndBalanceMayCoverTheWholeOrderButNotMore() {
        OrderFigures exact =
                pricing.price(new BigDecimal("30.00"), 3, new BigDecimal("40.00"), new BigDecimal("60.00"));
        assertThat(exact.payAmount()).isEqualByComparingTo("0");
        assertThatCode(() -> exact.requireAgreement(exact.goodsPrice(), exact.shippingFee(), exact.orderAmount()))
                .doesNotThrowAnyException();

        OrderFigures over = pricing.price(new BigDecimal("30.00"), 3, new BigDecimal("40.00"), new BigDecimal("60.01"));
        assertThatThrownBy(() -> over.requireAgreement(over.goodsPrice(), over.shippingFee(), over.orderAmount()))
                .isInstanceOf(PriceMismatchException.class);
    }

    @Test
    void anAmountTheOrderTableCannotHoldIsRefused() {
        assertThatThrownBy(() -> pricing.price(new BigDecimal("99999999.99"), 2, null, null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void longReasonsAreCutToTheColumn() {
        assertThat(Order.storableCancelReason("r".repeat(300))).hasSize(255).endsWith("…");
        assertThat(Order.storableCancelReason(" short ")).isEqualTo("short");
    }
}
