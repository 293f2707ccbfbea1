package com.shop.goods.vending.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.application.CancelledOrderCompensation;
import com.shop.goods.vending.coordination.ZooKeeperMachineLease;
import com.shop.pojo.event.OrderCancelled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reserving a unit and the machine's lease, on the real database and ZooKeeper, as the order saga calls it. */
class VendingReservationsTest extends GoodsServiceTestBase {

    private static final BigDecimal WATER_PRICE = new BigDecimal("2.00");

    @Autowired
    VendingReservations reservations;

    @Autowired
    CancelledOrderCompensation compensation;

    @Autowired
    ZooKeeperMachineLease leases;

    @Autowired
    ReservationLedger ledger;

    @Test
    void aReservationTakesAUnitFromAChannelAtTheOrdersPriceAndTheMachine() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.50", 5, 10);
        addChannel(machine, "A2", water, "2.00", 3, 10);
        long orderId = newOrderId();

        reservations.reserve(orderId, machine, water, WATER_PRICE);

        assertThat(unitsIn(machine, "A2")).isEqualTo(2);
        assertThat(unitsIn(machine, "A1")).isEqualTo(5);
        assertThat(vendingOrder(orderId)).containsEntry("status", 0).containsEntry("channel_code", "A2");
        assertThat(leases.holder(machine)).contains(orderId);
    }

    @Test
    void aRepeatedReservationIsANoOp() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();

        reservations.reserve(orderId, machine, water, WATER_PRICE);
        reservations.reserve(orderId, machine, water, new BigDecimal("2"));

        assertThat(unitsIn(machine, "A1")).isEqualTo(2);
        assertThat(leases.holder(machine)).contains(orderId);
        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, new BigDecimal("2.50")))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(leases.holder(machine))
                .as("a refused repeat leaves the order's lease alone")
                .contains(orderId);
    }

    @Test
    void aSecondOrderAtABusyMachineIsRefusedAndWritesNothing() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long first = newOrderId();
        long second = newOrderId();
        reservations.reserve(first, machine, water, WATER_PRICE);

        assertThatThrownBy(() -> reservations.reserve(second, machine, water, WATER_PRICE))
                .isInstanceOf(MachineBusyException.class)
                .hasFieldOrPropertyWithValue("code", "MACHINE_BUSY");

        assertThat(vendingOrder(second)).isEmpty();
        assertThat(unitsIn(machine, "A1")).isEqualTo(2);
        assertThat(leases.holder(machine)).contains(first);
    }

    @Test
    void aSoldOutGoodsIsRefusedWithNothingWrittenAndTheMachineFree() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 0, 10);
        addChannel(machine, "A2", water, "2.50", 0, 10);
        long orderId = newOrderId();

        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, WATER_PRICE))
                .isInstanceOf(InsufficientStockException.class);

        assertThat(vendingOrder(orderId)).isEmpty();
        assertThat(unitsIn(machine, "A1")).isZero();
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void aPriceNoLongerOnOfferIsAMismatchWithNothingWrittenAndTheMachineFree() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 0, 10);
        addChannel(machine, "A2", water, "2.50", 4, 10);
        long orderId = newOrderId();

        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, WATER_PRICE))
                .isInstanceOf(PriceMismatchException.class)
                .hasMessageContaining("2.50");
        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, new BigDecimal("1.99")))
                .isInstanceOf(PriceMismatchException.class);

        assertThat(vendingOrder(orderId)).isEmpty();
        assertThat(unitsIn(machine, "A2")).isEqualTo(4);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void badRequestsAndUnknownMachinesOrGoodsAreRefusedBeforeTheLease() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);

        assertThatThrownBy(() -> reservations.reserve(newOrderId(), machine, water, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reservations.reserve(newOrderId(), machine, water, new BigDecimal("-2.00")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reservations.reserve(newOrderId(), " ", water, WATER_PRICE))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reservations.reserve(newOrderId(), "nope", water, WATER_PRICE))
                .isInstanceOf(MachineNotFoundException.class);
        assertThatThrownBy(() -> reservations.reserve(newOrderId(), "01000031", 2001, WATER_PRICE))
                .isInstanceOf(MachineNotFoundException.class);
        assertThatThrownBy(() -> reservations.reserve(newOrderId(), machine, 2002, WATER_PRICE))
                .isInstanceOf(GoodsNotFoundException.class);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void aReservationArrivingAfterItsCancelIsRefused() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();
        cancel(orderId, machine, water);

        assertThat(vendingOrder(orderId)).containsEntry("status", 4).containsEntry("channel_code", null);
        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, WATER_PRICE))
                .isInstanceOf(IllegalOrderStateException.class);

        assertThat(unitsIn(machine, "A1")).isEqualTo(3);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void aCancelGivesTheReservedUnitAndTheMachineBackOnce() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, water, WATER_PRICE);

        cancel(orderId, machine, water);
        cancel(orderId, machine, water);

        assertThat(unitsIn(machine, "A1")).isEqualTo(3);
        assertThat(vendingOrder(orderId)).containsEntry("status", 4).containsEntry("channel_code", "A1");
        assertThat(leases.holder(machine)).isEmpty();
        assertThatThrownBy(() -> reservations.reserve(orderId, machine, water, WATER_PRICE))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatCode(() -> reservations.reserve(newOrderId(), machine, water, WATER_PRICE))
                .as("the next buyer")
                .doesNotThrowAnyException();
    }

    @Test
    void aCancelAfterTheDispenseLeavesTheSoldUnitSold() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, water, WATER_PRICE);
        jdbc.update("UPDATE trade_vending_order SET status = 2 WHERE order_id = ?", orderId);

        cancel(orderId, machine, water);

        assertThat(vendingOrder(orderId)).containsEntry("status", 2);
        assertThat(unitsIn(machine, "A1")).isEqualTo(2);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void aCancelDuringTheDispenseGivesTheUnitBackAndARefillDoesNotOverflow() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, water, WATER_PRICE);
        jdbc.update("UPDATE trade_vending_order SET status = 1 WHERE order_id = ?", orderId);
        jdbc.update("UPDATE trade_vending_channel SET current_capacity = max_capacity WHERE inner_code = ?", machine);

        cancel(orderId, machine, water);

        assertThat(vendingOrder(orderId)).containsEntry("status", 4);
        assertThat(unitsIn(machine, "A1")).as("restocked to the full meanwhile").isEqualTo(10);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void theLedgerAnswersARepeatAsTheFirstCallAndRefusesOneAfterAFailedDispense() {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 3, 10);
        long orderId = newOrderId();

        assertThat(ledger.reserve(orderId, machine, water, WATER_PRICE)).isTrue();
        assertThat(ledger.reserve(orderId, machine, water, new BigDecimal("2")))
                .as("a repeat")
                .isFalse();
        jdbc.update("UPDATE trade_vending_order SET status = 3 WHERE order_id = ?", orderId);

        assertThatThrownBy(() -> ledger.reserve(orderId, machine, water, WATER_PRICE))
                .isInstanceOf(IllegalOrderStateException.class)
                .hasMessageContaining("failed");
        assertThat(ledger.release(orderId, machine, water, "refunded")).isTrue();
        assertThat(ledger.release(orderId, machine, water, "refunded"))
                .as("released once")
                .isFalse();
        assertThat(unitsIn(machine, "A1")).isEqualTo(3);
        assertThat(vendingOrder(orderId)).containsEntry("status", 4).containsEntry("reason", "cancelled: refunded");
    }

    @Test
    void concurrentBuyersNeverTakeAChannelBelowZero() throws Exception {
        long water = newGoods(100);
        List<String> machines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String machine = newMachine();
            addChannel(machine, "A1", water, "2.00", 1, 10);
            machines.add(machine);
        }
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();

        runConcurrently(20, i -> () -> {
            try {
                reservations.reserve(newOrderId(), machines.get(i % machines.size()), water, WATER_PRICE);
                reserved.incrementAndGet();
            } catch (MachineBusyException | InsufficientStockException refused) {
                busy.incrementAndGet();
            }
            return null;
        });

        assertThat(reserved).hasValue(5);
        assertThat(busy).hasValue(15);
        for (String machine : machines) {
            assertThat(unitsIn(machine, "A1")).isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM trade_vending_order WHERE inner_code = ?", Integer.class, machine))
                    .isEqualTo(1);
        }
    }

    @Test
    void concurrentBuyersAtDifferentMachinesEachGetTheirUnit() throws Exception {
        long water = newGoods(100);
        List<String> machines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String machine = newMachine();
            addChannel(machine, "A1", water, "2.00", 1, 10);
            machines.add(machine);
        }

        runConcurrently(20, i -> () -> {
            reservations.reserve(newOrderId(), machines.get(i), water, WATER_PRICE);
            return null;
        });

        for (String machine : machines) {
            assertThat(unitsIn(machine, "A1")).isZero();
        }
    }

    private void cancel(long orderId, String machine, long goodsId) {
        OrderCancelled cancelled = OrderCancelled.builder()
                .orderId(orderId)
                .userId(1L)
                .goodsId(goodsId)
                .goodsNumber(1)
                .reason("test")
                .innerCode(machine)
                .build();
        compensation.undo(cancelled);
        compensation.releaseMachine(cancelled);
    }

    private static void runConcurrently(int callers, java.util.function.IntFunction<Callable<Void>> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Callable<Void> work = task.apply(i);
            results.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        for (Future<Void> result : results) {
            result.get();
        }
        pool.shutdown();
    }
}
