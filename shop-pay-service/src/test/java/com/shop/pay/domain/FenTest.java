package com.shop.pay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FenTest {

    @Test
    void yuanBecomeWholeFenExactly() {
        assertThat(Fen.of(new BigDecimal("107.50"))).isEqualTo(10750);
        assertThat(Fen.of(new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(Fen.of(new BigDecimal("99999999.99"))).isEqualTo(9_999_999_999L);
        assertThat(Fen.of(new BigDecimal("12.3"))).isEqualTo(1230);
        assertThat(Fen.toYuan(10750)).isEqualByComparingTo("107.50");
    }

    @Test
    void fractionsOfAFenAreRefusedNotRounded() {
        assertThatThrownBy(() -> Fen.of(new BigDecimal("0.005"))).isInstanceOf(ArithmeticException.class);
    }
}
