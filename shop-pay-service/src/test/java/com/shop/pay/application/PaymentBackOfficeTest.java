package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PaymentBackOfficeTest {

    /** No repository is asked: the limit is refused before. */
    private final PaymentBackOffice backOffice = new PaymentBackOffice(null, null);

    @Test
    void aLimitOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> backOffice.recentPayments(0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> backOffice.recentPayments(101)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> backOffice.recentRefunds(0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> backOffice.recentRefunds(101)).isInstanceOf(InvalidRequestException.class);
    }
}
