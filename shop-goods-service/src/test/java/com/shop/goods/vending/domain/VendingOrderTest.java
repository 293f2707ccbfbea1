package com.shop.goods.vending.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.common.ledger.LedgerPhase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VendingOrderTest {

    private static final BigDecimal PRICE = new BigDecimal("2.00");
    private final VendingOrder reserved = VendingOrder.reserving(1, "01000028", 2001, PRICE).toBuilder()
            .channelCode("A1")
            .build();

    @Test
    void aRepeatAskingForWhatTheOrderHoldsIsANoOp() {
        assertThatCode(() -> reserved.acceptRepeat("01000028", 2001, new BigDecimal("2")))
                .doesNotThrowAnyException();
        VendingOrder dispensing =
                reserved.toBuilder().status(VendingOrderStatus.DISPENSING).build();
        assertThatCode(() -> dispensing.acceptRepeat("01000028", 2001, PRICE)).doesNotThrowAnyException();
    }

    @Test
    void onlyTheIdOfTheCommandSentAnswersIt() {
        VendingOrder dispensing = reserved.toBuilder()
                .status(VendingOrderStatus.DISPENSING)
                .commandId("c-1")
                .build();

        assertThat(dispensing.isAnsweredBy("c-1")).isTrue();
        assertThat(dispensing.isAnsweredBy("c-2")).isFalse();
        assertThat(dispensing.isAnsweredBy("c-1 ")).isFalse();
        assertThat(dispensing.isAnsweredBy(null)).isFalse();
        assertThat(reserved.isAnsweredBy(null)).as("no command was sent").isFalse();
    }

    @Test
    void aRepeatAskingForSomethingElseIsRefused() {
        assertThatThrownBy(() -> reserved.acceptRepeat("01000029", 2001, PRICE))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatThrownBy(() -> reserved.acceptRepeat("01000028", 2002, PRICE))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatThrownBy(() -> reserved.acceptRepeat("01000028", 2001, new BigDecimal("2.50")))
                .isInstanceOf(IllegalOrderStateException.class);
    }

    @Test
    void aCancelledOrderReservesNothingAnyMore() {
        VendingOrder tombstone = VendingOrder.tombstone(1, "01000028", 2001L, "cancelled");
        VendingOrder released =
                reserved.toBuilder().status(VendingOrderStatus.RELEASED).build();
        VendingOrder failed =
                reserved.toBuilder().status(VendingOrderStatus.FAILED).build();

        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(released.isTombstone()).isFalse();
        for (VendingOrder order : new VendingOrder[] {tombstone, released, failed}) {
            assertThatThrownBy(() -> order.acceptRepeat("01000028", 2001, PRICE))
                    .isInstanceOf(IllegalOrderStateException.class)
                    .hasFieldOrPropertyWithValue("orderId", 1L);
        }
    }

    @Test
    void asALedgerEntryTheRowIsTheForwardSlotUntilItsReservationIsReleased() {
        VendingOrder tombstone = VendingOrder.tombstone(1, "01000028", 2001L, "cancelled");
        VendingOrder released = reserved.released("cancelled: test");

        assertThat(reserved.getPhase()).isEqualTo(LedgerPhase.FORWARD);
        assertThat(tombstone.getPhase())
                .as("a tombstone fills the forward slot")
                .isEqualTo(LedgerPhase.FORWARD);
        assertThat(released.getPhase()).isEqualTo(LedgerPhase.UNDO);
        assertThat(released)
                .extracting(VendingOrder::getChannelCode, VendingOrder::getReason)
                .containsExactly("A1", "cancelled: test");
        assertThat(reserved.isRepeatedBy(VendingOrder.reserving(1, "01000028", 2001, new BigDecimal("2"))))
                .isTrue();
        assertThat(reserved.isRepeatedBy(VendingOrder.reserving(1, "01000028", 2001, new BigDecimal("2.5"))))
                .isFalse();
        assertThat(tombstone.isRepeatedBy(VendingOrder.reserving(1, "01000028", 2001, PRICE)))
                .isFalse();
        assertThat(released.describe()).isEqualTo("a unit of goods 2001 at 2.00 in machine 01000028 (channel A1)");
    }

    @Test
    void anOrderNeedsItsMachineUntilItsUnitIsDispensedFailedOrReleased() {
        assertThat(reserved.needsMachine("01000028")).isTrue();
        assertThat(reserved.needsMachine("01000029")).isFalse();
        assertThat(reserved.toBuilder()
                        .status(VendingOrderStatus.DISPENSING)
                        .build()
                        .needsMachine("01000028"))
                .isTrue();
        assertThat(reserved.toBuilder()
                        .status(VendingOrderStatus.DISPENSED)
                        .build()
                        .needsMachine("01000028"))
                .isFalse();
        assertThat(reserved.toBuilder()
                        .status(VendingOrderStatus.FAILED)
                        .build()
                        .needsMachine("01000028"))
                .isFalse();
        assertThat(reserved.toBuilder()
                        .status(VendingOrderStatus.RELEASED)
                        .build()
                        .needsMachine("01000028"))
                .isFalse();
    }
}
