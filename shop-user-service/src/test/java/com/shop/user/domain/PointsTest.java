package com.shop.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    @ParameterizedTest(name = "{0} paid earns {1}")
    @CsvSource({
        "108.00,      108",
        "99.99,       99",
        "100,         100",
        "1.00,        1",
        "0.99,        0",
        "0.00,        0",
        "99999999.99, 99999999"
    })
    void onePointPerWholeYuanPaid(String payAmount, int points) {
        assertThat(Points.earnedFor(new BigDecimal(payAmount))).isEqualTo(points);
    }

    @Test
    void aNegativeOrMissingAmountIsNotAPayment() {
        assertThatThrownBy(() -> Points.earnedFor(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Points.earnedFor(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
