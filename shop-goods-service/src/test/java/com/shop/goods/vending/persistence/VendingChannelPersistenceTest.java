package com.shop.goods.vending.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingRepository;
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
import org.springframework.dao.DataIntegrityViolationException;

/** The channels' guarded updates on the real database, under real concurrency and without a machine lease. */
class VendingChannelPersistenceTest extends GoodsServiceTestBase {

    @Autowired
    VendingRepository vending;

    @Test
    void concurrentTakersNeverTakeAChannelBelowZero() throws Exception {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 5, 10);
        VendingChannel channel = channel(machine, "A1", water, "2.00");
        AtomicInteger taken = new AtomicInteger();

        runConcurrently(20, () -> {
            if (vending.takeUnit(channel)) {
                taken.incrementAndGet();
            }
            return null;
        });

        assertThat(taken).hasValue(5);
        assertThat(unitsIn(machine, "A1")).isZero();
    }

    @Test
    void aChannelRestockedWithAnotherGoodsOrPriceGivesNothingAtTheOldOne() {
        long water = newGoods(100);
        long cola = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", cola, "2.00", 5, 10);

        assertThat(vending.takeUnit(channel(machine, "A1", water, "2.00"))).isFalse();
        assertThat(vending.takeUnit(channel(machine, "A1", cola, "2.50"))).isFalse();
        assertThat(unitsIn(machine, "A1")).isEqualTo(5);
    }

    @Test
    void unitsGivenBackNeverFillAChannelAboveItsCapacity() throws Exception {
        long water = newGoods(100);
        String machine = newMachine();
        addChannel(machine, "A1", water, "2.00", 7, 10);
        AtomicInteger returned = new AtomicInteger();

        runConcurrently(8, () -> {
            if (vending.returnUnit(machine, "A1")) {
                returned.incrementAndGet();
            }
            return null;
        });

        assertThat(returned).hasValue(3);
        assertThat(unitsIn(machine, "A1")).isEqualTo(10);
    }

    @Test
    void theSchemaRefusesImpossibleCapacities() {
        long water = newGoods(100);
        String machine = newMachine();

        assertThatThrownBy(() -> addChannel(machine, "A1", water, "2.00", 11, 10))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> addChannel(machine, "A2", water, "2.00", -1, 10))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> addChannel(machine, "A3", 999_999_999_999L, "2.00", 1, 10))
                .as("a channel holds a known goods")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static VendingChannel channel(String machine, String code, long goodsId, String price) {
        return VendingChannel.builder()
                .innerCode(machine)
                .channelCode(code)
                .goodsId(goodsId)
                .price(new BigDecimal(price))
                .build();
    }

    private static void runConcurrently(int callers, Callable<Void> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        for (Future<Void> result : results) {
            result.get();
        }
        pool.shutdown();
    }
}
