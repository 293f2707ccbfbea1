package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A flash sale: goods of their own with {@link #UNITS} in stock, and buyers (distinct shoppers) each confirming one
 * unit after another as fast as the suite answers, until the stock is gone. They keep going after the sellout, when
 * the answers are refusals ({@link #REFUSAL}), for {@link #AFTER_FIRST_REFUSAL}, so the refusals cannot dominate.
 */
final class FlashSale {

    static final int UNITS = 5_000;
    /** The two crowds of buyers: the throughput of the larger should be close to that of the smaller. */
    static final int SMALL_CROWD = 16;

    static final int LARGE_CROWD = BenchData.FLASH_BUYERS;
    static final String REFUSAL = "409 STOCK_INSUFFICIENT";
    static final Duration AFTER_FIRST_REFUSAL = Duration.ofSeconds(2);
    /** A sale that never sells out (a stuck suite) ends after this. */
    private static final Duration LONGEST = Duration.ofMinutes(10);
    /** How long the compensations of refused or failed orders may take before the sale is checked. */
    private static final Duration SETTLING = Duration.ofSeconds(60);
    /** The stock of each warm-up sale: a few seconds of sales, then the refusals. */
    private static final int WARMUP_UNITS = 500;

    private static final long NO_REFUSAL_YET = Long.MAX_VALUE;

    private final Supplier<ShopHttp> http;
    private final BenchData data;
    private final ShopDatabase database;

    FlashSale(Supplier<ShopHttp> http, BenchData data, ShopDatabase database) {
        this.http = http;
        this.data = data;
        this.database = database;
    }

    /** A sale of {@link #UNITS} to {@code buyers}, checked once it has settled. */
    FlashSaleResult run(int buyers) {
        long goodsId = database.newGoods(ShopHttp.GOODS_PRICE, UNITS);
        Measurement measurement = Measurement.timingDoneOnly();
        double seconds = sell(goodsId, buyers, LONGEST, measurement);
        ScenarioResult sales =
                measurement.result("flash sale, " + buyers + " buyers (the sales)", "flash ×" + buyers, seconds);
        return new FlashSaleResult(
                buyers,
                sales,
                measurement.answered(REFUSAL),
                FlashSaleCheck.awaitSettled(database, goodsId, UNITS, SETTLING));
    }

    /**
     * Sales of goods of their own with {@link #WARMUP_UNITS} each, to either crowd in turn, for
     * {@code length}: the path of a sale, sellout and refusals included, without the measured sales' goods.
     */
    void warmUp(Duration length) {
        long end = System.nanoTime() + length.toNanos();
        for (int round = 0; System.nanoTime() < end; round++) {
            long goodsId = database.newGoods(ShopHttp.GOODS_PRICE, WARMUP_UNITS);
            int roundBuyers = round % 2 == 0 ? SMALL_CROWD : LARGE_CROWD;
            Duration left = Duration.ofNanos(Math.max(0, end - System.nanoTime()));
            sell(goodsId, roundBuyers, left, Measurement.timingDoneOnly());
        }
    }

    /**
     * Runs the buyers until shortly after the first refusal, or for {@code longest}; returns the seconds to the last
     * sale.
     */
    private double sell(long goodsId, int buyers, Duration longest, Measurement measurement) {
        ShopHttp client = http.get();
        AtomicLong firstRefusal = new AtomicLong(NO_REFUSAL_YET);
        long start = System.nanoTime();
        AtomicLong lastSale = new AtomicLong(start);
        long deadline = start + longest.toNanos();
        BooleanSupplier soldOut = () -> {
            long now = System.nanoTime();
            long refused = firstRefusal.get();
            return refused != NO_REFUSAL_YET && now - refused > AFTER_FIRST_REFUSAL.toNanos() || now > deadline;
        };
        ClosedLoop.run(buyers, soldOut, buyer -> {
            long begin = System.nanoTime();
            Answer answer = client.confirm(data.shopper(buyer), goodsId, ConfirmLoad.MONEY_PAID);
            long end = System.nanoTime();
            String label = answer.label();
            measurement.record(label, answer.is(201), end - begin);
            if (answer.is(201)) {
                lastSale.accumulateAndGet(end, Math::max);
            } else if (label.equals(REFUSAL)) {
                firstRefusal.compareAndSet(NO_REFUSAL_YET, end);
            }
        });
        return (lastSale.get() - start) / 1e9;
    }
}
