package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The course code oversold 30 of 50 racing orders on a stock of 20; shop sells exactly 20. */
class ConcurrentOrdersIT {

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void fiftyConcurrentOrdersOnAStockOfTwentySellExactlyTwenty() throws Exception {
        long goodsId = db.newGoods("5.00", 20);
        List<ShopClient> shoppers = List.of(stack.login("alice", PASSWORD), stack.login("bob", PASSWORD));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ShopClient shopper = shoppers.get(i % 2);
            answers.add(pool.submit(() -> {
                start.await();
                return shopper.post("/api/orders", order(goodsId, "5.00", 1, null, null));
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        Map<Integer, Long> byStatus =
                responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
        assertThat(byStatus)
                .as(responses.toString())
                .containsEntry(201, 20L)
                .containsEntry(409, 30L)
                .hasSize(2);
        assertThat(responses.stream().filter(r -> r.status() == 409).map(Response::code))
                .containsOnly("STOCK_INSUFFICIENT");
        assertThat(db.stockOf(goodsId)).isZero();
        assertThat(db.single(
                        "shop_order",
                        "SELECT COUNT(*) FROM trade_order WHERE goods_id = ? AND order_status = 1",
                        goodsId))
                .isEqualTo(20L);
    }
}
