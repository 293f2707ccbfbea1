package com.shop.goods.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.application.StockManagement;
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

/** The stock ledger and guarded updates on the real database, under real concurrency. */
class StockLedgerPersistenceTest extends GoodsServiceTestBase {

    @Autowired
    StockManagement stock;

    @Test
    void fiftyConcurrentBuyersOfTwentyUnitsSellExactlyTwenty() throws Exception {
        long goodsId = newGoods(20);
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        runConcurrently(50, i -> () -> {
            try {
                stock.reduceStock(newOrderId(), goodsId, 1, PRICE);
                sold.incrementAndGet();
            } catch (InsufficientStockException e) {
                refused.incrementAndGet();
            }
            return null;
        });

        assertThat(sold).hasValue(20);
        assertThat(refused).hasValue(30);
        assertThat(stockOf(goodsId)).isZero();
        assertThat(ledgerSum(goodsId)).isEqualTo(-20);
    }

    @Test
    void aRefusedReductionLeavesNoLedgerEntry() {
        long goodsId = newGoods(2);
        long orderId = newOrderId();

        assertThatThrownBy(() -> stock.reduceStock(orderId, goodsId, 3, PRICE))
                .isInstanceOf(InsufficientStockException.class);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_goods_number_log WHERE order_id = ?", Integer.class, orderId))
                .isZero();
        assertThat(stockOf(goodsId)).isEqualTo(2);
    }

    @Test
    void aReductionAtAPriceTheGoodsNoLongerHasOrOfUnknownGoodsLeavesNoLedgerEntry() {
        long goodsId = newGoods(5);
        long orderId = newOrderId();

        assertThatThrownBy(() -> stock.reduceStock(orderId, goodsId, 1, new BigDecimal("12.49")))
                .isInstanceOf(PriceMismatchException.class);
        assertThatThrownBy(() -> stock.reduceStock(orderId, 1L, 1, PRICE)).isInstanceOf(GoodsNotFoundException.class);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_goods_number_log WHERE order_id = ?", Integer.class, orderId))
                .isZero();
        assertThat(stockOf(goodsId)).isEqualTo(5);
    }

    @Test
    void aRepeatedClaimCountsItselfOnTheSlotItFound() {
        long goodsId = newGoods(10);
        long orderId = newOrderId();

        stock.reduceStock(orderId, goodsId, 2, PRICE);
        stock.reduceStock(orderId, goodsId, 2, PRICE);

        assertThat(jdbc.queryForObject(
                        "SELECT repeat_count FROM trade_goods_number_log WHERE order_id = ? " + "AND phase = 'FORWARD'",
                        Integer.class,
                        orderId))
                .isEqualTo(1);
        assertThat(stockOf(goodsId)).isEqualTo(8);
    }

    @Test
    void theLedgerKeyAllowsOneForwardAndOneUndoEntryPerOrder() {
        long goodsId = newGoods(10);
        long orderId = newOrderId();

        stock.reduceStock(orderId, goodsId, 4, PRICE);
        stock.reduceStock(orderId, goodsId, 4, PRICE);
        stock.restoreStock(orderId, goodsId);
        stock.restoreStock(orderId, goodsId);
        assertThatThrownBy(() -> stock.reduceStock(orderId, goodsId, 4, PRICE))
                .isInstanceOf(IllegalOrderStateException.class);

        List<String> entries = jdbc.queryForList(
                "SELECT CONCAT(phase, ':', op, ':', goods_number) FROM trade_goods_number_log WHERE order_id = ? ORDER BY phase",
                String.class,
                orderId);
        assertThat(entries).containsExactly("FORWARD:REDUCE:-4", "UNDO:RESTORE:4");
        assertThat(stockOf(goodsId)).isEqualTo(10);
    }

    @Test
    void aReductionArrivingAfterItsCancelIsRefused() {
        long goodsId = newGoods(10);
        long orderId = newOrderId();

        assertThat(stock.restoreStock(orderId, goodsId)).isFalse();

        assertThatThrownBy(() -> stock.reduceStock(orderId, goodsId, 1, PRICE))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(stockOf(goodsId)).isEqualTo(10);
    }

    @Test
    void duplicateCancelsRacingEachOtherRestoreOnce() throws Exception {
        long goodsId = newGoods(10);
        long orderId = newOrderId();
        stock.reduceStock(orderId, goodsId, 3, PRICE);
        AtomicInteger restored = new AtomicInteger();

        runConcurrently(8, i -> () -> {
            if (stock.restoreStock(orderId, goodsId)) {
                restored.incrementAndGet();
            }
            return null;
        });

        assertThat(restored).hasValue(1);
        assertThat(stockOf(goodsId)).isEqualTo(10);
    }

    @Test
    void aCancelRacingItsReductionAlwaysEndsWithTheStockWhole() throws Exception {
        long goodsId = newGoods(1_000);

        for (int round = 0; round < 30; round++) {
            long orderId = newOrderId();
            runConcurrently(2, i -> () -> {
                if (i == 0) {
                    try {
                        stock.reduceStock(orderId, goodsId, 5, PRICE);
                    } catch (IllegalOrderStateException lateAfterCancel) {
                        // the cancel won: the reduction is refused, which is the point
                    }
                } else {
                    stock.restoreStock(orderId, goodsId);
                }
                return null;
            });
        }

        assertThat(stockOf(goodsId)).isEqualTo(1_000);
        assertThat(ledgerSum(goodsId)).isZero();
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
