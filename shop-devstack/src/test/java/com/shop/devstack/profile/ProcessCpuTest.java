package com.shop.devstack.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void userAndSystemTicksAreReadPastACommandWithSpacesAndParentheses() {
        String stat = "4242 (java (shop) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 130 0 0 20 0 40 0 55 "
                + "3000000 5000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcessCpu.parseMillis(stat)).isEqualTo(3_800);
    }

    @Test
    void thisProcessHasUsedSomeCpu() {
        assertThat(ProcessCpu.millis(ProcessHandle.current().pid()).orElseThrow())
                .isPositive();
    }
}
