package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlashSaleCheckTest {

    @Test
    void holdsWhenExactlyTheUnitsWereSold() {
        FlashSaleCheck check = new FlashSaleCheck(5_000, 0, 5_000, 5_000, -5_000);

        assertThat(check.holds()).isTrue();
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void saysWhatDisagrees() {
        assertThat(new FlashSaleCheck(5_000, 3, 4_997, 4_997, -4_997).problems())
                .containsExactly(
                        "3 units left in stock",
                        "4997 orders confirmed, not 5000",
                        "4997 live reductions in the stock ledger summing to -4997, not 5000 summing to -5000");
        assertThat(new FlashSaleCheck(5_000, 0, 5_001, 5_000, -5_000).problems())
                .containsExactly("5001 orders confirmed, not 5000");
        assertThat(new FlashSaleCheck(5_000, 0, 5_000, 5_000, -5_001).holds()).isFalse();
    }
}
