package com.shop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippingFeePolicyTest {

    private final ShippingFeePolicy policy = new ShippingFeePolicy();

    @ParameterizedTest(name = "goods amount {0} ships for {1}")
    @CsvSource({
        "0.01,      10.00",
        "99.99,     10.00",
        "100.00,    10.00",
        "100,       10.00",
        "100.01,    0.00",
        "250.00,    0.00"
    })
    void shippingIsFreeOnlyAboveOneHundred(String goodsAmount, String fee) {
        BigDecimal charged = policy.feeFor(new BigDecimal(goodsAmount));

        assertThat(charged).isEqualTo(fee);
        assertThat(charged.scale()).isEqualTo(2);
    }
}
