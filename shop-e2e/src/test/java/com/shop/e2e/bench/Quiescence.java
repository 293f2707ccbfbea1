package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.List;

/**
 * Waits until the suite has caught up with the load before the next scenario is measured, so that no scenario pays
 * for the messages an earlier one left behind: every outbox row sent, every cancelled order's {@code OrderCancelled}
 * applied by each of its four consumers, every paid payment applied to its order.
 */
final class Quiescence {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final List<String> OUTBOXES =
            List.of("shop_order", "shop_goods", "shop_coupon", "shop_user", "shop_pay");
    private static final String CANCELLED = "SELECT COUNT(*) FROM trade_order WHERE order_status IN (2, 3, 4)";
    private static final String UNDONE = "SELECT COUNT(*) FROM trade_mq_consumer_log"
            + " WHERE group_name = ? AND msg_tag = 'OrderCancelled' AND consumer_status = 1";
    private static final String PAID_PAYMENTS = "SELECT COUNT(*) FROM trade_pay WHERE pay_status = 2";
    private static final String PAID_ORDERS =
            "SELECT COUNT(*) FROM trade_order" + " WHERE pay_status = 2 AND pay_amount > 0";

    private final ShopDatabase database;

    Quiescence(ShopDatabase database) {
        this.database = database;
    }

    /** Returns once the suite is quiet, or after {@link #PATIENCE} saying what it still had to do. */
    void await() {
        long begin = System.nanoTime();
        long deadline = begin + PATIENCE.toNanos();
        String busy = busy();
        while (busy != null && System.nanoTime() < deadline) {
            Pause.briefly();
            busy = busy();
        }
        long seconds = (System.nanoTime() - begin) / 1_000_000_000;
        if (busy != null) {
            System.out.printf("The suite did not settle within %d s: %s%n", seconds, busy);
        } else if (seconds > 0) {
            System.out.printf("The suite settled in %d s%n", seconds);
        }
    }

    /** What the suite still has to do; null when nothing. */
    private String busy() {
        for (String outbox : OUTBOXES) {
            long unsent = count(outbox, "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_status <> 1");
            if (unsent > 0) {
                return unsent + " unsent messages in the outbox of " + outbox;
            }
        }
        long cancelled = count("shop_order", CANCELLED);
        for (var participant : CompensationLoad.PARTICIPANTS) {
            long undone = count(participant.database(), UNDONE, participant.group());
            if (undone < cancelled) {
                return (cancelled - undone) + " cancelled orders not yet undone by " + participant.group();
            }
        }
        long payments = count("shop_pay", PAID_PAYMENTS);
        long orders = count("shop_order", PAID_ORDERS);
        return payments > orders ? (payments - orders) + " paid payments not yet applied to their orders" : null;
    }

    private long count(String schema, String sql, Object... parameters) {
        return ((Number) database.single(schema, sql, parameters)).longValue();
    }
}
