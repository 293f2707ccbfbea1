package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady background load of the suite's real work while faults strike: shoppers confirming orders (some with a
 * coupon, some with balance), paying them in the payment sandbox, cancelling some (paid ones are refunded), and buying
 * from vending machines. It remembers what the suite accepted — confirmed orders, payments the platform took,
 * cancellations — so that afterwards nothing accepted can be shown lost. Failed requests (a service down) are
 * counted, not fatal: the load goes on.
 */
final class SteadyLoad implements AutoCloseable {

    private static final String PRICE = "30.00";
    private static final long PACE_MILLIS = 150;

    private final ShopStack stack;
    private final ShopDatabase db;
    private final long goodsId;
    private final List<String> machines = new ArrayList<>();
    private final long vendingGoods;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    private final Map<Long, Boolean> accepted = new ConcurrentHashMap<>();
    private final Set<Long> paidAtPlatform = ConcurrentHashMap.newKeySet();
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final AtomicLong lastAcceptedAt = new AtomicLong();

    /** One pair of web edges a shopper uses: where it orders and where it pays. */
    record Edges(String orderWeb, String payWeb) {}

    private final List<Edges> edges;

    SteadyLoad(ShopStack stack, int machines) {
        this(stack, machines, List.of(new Edges(stack.orderWebUrl(), stack.payWebUrl())));
    }

    /** Shoppers spread over the web edges given, one pair each in turn. */
    SteadyLoad(ShopStack stack, int machines, List<Edges> edges) {
        this.stack = stack;
        this.edges = List.copyOf(edges);
        this.db = stack.database();
        this.goodsId = db.newGoods(PRICE, 1_000_000);
        this.vendingGoods = db.newGoods("3.00", 1_000_000);
        for (int i = 0; i < machines; i++) {
            String machine = db.newMachine();
            db.newChannel(machine, "A1", vendingGoods, "2.50", 500);
            ShopClient.anonymous(stack.simulatorUrl())
                    .postQuery("/simulator/machines/" + machine + "/mode?mode=succeed");
            this.machines.add(machine);
        }
    }

    /** Starts {@code shoppers} shoppers, each its own thread and account. */
    SteadyLoad start(int shoppers) {
        running = true;
        for (int i = 0; i < shoppers; i++) {
            Shopper shopper = db.newShopper("100000.00");
            Edges edge = edges.get(i % edges.size());
            ShopClient client = ShopClient.loggedIn(edge.orderWeb(), shopper.name(), PASSWORD);
            ShopClient payer = client.at(edge.payWeb());
            Thread worker = new Thread(() -> shop(shopper, client, payer), "steady-load-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    private void shop(Shopper shopper, ShopClient client, ShopClient payer) {
        while (running) {
            try {
                if (ThreadLocalRandom.current().nextInt(4) == 0) {
                    buyFromAMachine(client, payer);
                } else {
                    orderAndMaybePay(shopper, client, payer);
                }
            } catch (RuntimeException failed) {
                // connection refused or reset while a service is down: the shopper tries again
                failedRequests.incrementAndGet();
            }
            pause(PACE_MILLIS);
        }
    }

    private void orderAndMaybePay(Shopper shopper, ShopClient client, ShopClient payer) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Long coupon = random.nextInt(3) == 0 ? db.newCoupon(shopper.id(), "5.00") : null;
        String moneyPaid = random.nextBoolean() ? "10.00" : null;
        Response confirmed = client.post("/api/orders", order(goodsId, PRICE, 1, coupon, moneyPaid));
        if (confirmed.status() != 201) {
            counted(confirmed);
            return;
        }
        long orderId = accept(confirmed);
        if (random.nextInt(10) < 6) {
            pay(payer, orderId);
        }
        if (random.nextInt(10) < 2) {
            cancel(client, orderId);
        }
    }

    private void buyFromAMachine(ShopClient client, ShopClient payer) {
        String machine = machines.get(ThreadLocalRandom.current().nextInt(machines.size()));
        Response bought = client.post("/api/vending/orders", Map.of("innerCode", machine, "goodsId", vendingGoods));
        if (bought.status() != 201) {
            // 409 while the machine serves another buyer is the machine's rule, not a failure
            counted(bought);
            return;
        }
        long orderId = accept(bought);
        if (!pay(payer, orderId)) {
            cancel(client, orderId);
        }
    }

    private long accept(Response confirmed) {
        long orderId = orderIdOf(confirmed);
        accepted.put(orderId, Boolean.TRUE);
        lastAcceptedAt.set(System.nanoTime());
        return orderId;
    }

    private boolean pay(ShopClient payer, long orderId) {
        Response payment = payer.post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        if (payment.status() != 201 && payment.status() != 200) {
            counted(payment);
            return false;
        }
        String codeUrl = payment.json().get("codeUrl").asText();
        Response paid = ShopClient.anonymous(stack.sandboxUrl())
                .postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        if (paid.status() == 200) {
            paidAtPlatform.add(orderId);
            return true;
        }
        counted(paid);
        return false;
    }

    private void cancel(ShopClient client, long orderId) {
        Response cancel = client.post("/api/orders/" + orderId + "/cancel", Map.of());
        if (cancel.status() == 200) {
            cancelled.add(orderId);
        } else {
            counted(cancel);
        }
    }

    private void counted(Response refused) {
        if (refused.status() >= 500) {
            failedRequests.incrementAndGet();
        }
    }

    /** Stops the shoppers, letting each finish what it was doing. */
    @Override
    public void close() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(90_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    int acceptedOrders() {
        return accepted.size();
    }

    int failedRequests() {
        return failedRequests.get();
    }

    /** Whether an order was accepted after {@code nanoTime} ({@link System#nanoTime()}): the suite serves again. */
    boolean acceptedAnOrderSince(long nanoTime) {
        return lastAcceptedAt.get() - nanoTime > 0;
    }

    /**
     * Nothing the suite accepted is lost: every confirmed order is there and past confirmation; every payment the
     * platform took reached its order (paid, or refunded with it); every vending order paid was dispensed or refunded;
     * every cancellation accepted ended the order.
     */
    void assertNothingAcceptedWasLost() {
        for (Long orderId : accepted.keySet()) {
            Map<String, Object> order = db.row(
                    "shop_order",
                    "SELECT order_status, pay_status, shipping_status, inner_code"
                            + " FROM trade_order WHERE order_id = ?",
                    orderId);
            int status = ((Number) order.get("order_status")).intValue();
            assertThat(status).as("accepted order %d", orderId).isIn(1, 2, 3, 4);
            if (paidAtPlatform.contains(orderId)) {
                assertThat(db.rows(
                                "shop_pay",
                                "SELECT pay_id FROM trade_pay WHERE order_id = ? AND pay_status = 2",
                                orderId))
                        .as("the payment the platform took for order %d", orderId)
                        .isNotEmpty();
                if (order.get("inner_code") != null) {
                    boolean shipped = ((Number) order.get("shipping_status")).intValue() == 1;
                    assertThat(shipped || status == 4)
                            .as("paid vending order %d dispensed or refunded", orderId)
                            .isTrue();
                }
            }
            if (cancelled.contains(orderId)) {
                assertThat(status).as("cancelled order %d", orderId).isIn(2, 4);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
