package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.order.OrderServiceTestBase;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.order.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scheduled sweeper (25 s bound in tests) cancels an order its saga left unconfirmed, and announces it. */
class UnconfirmedOrderSweeperServiceTest extends OrderServiceTestBase {

    @Test
    void anOrderLeftUnconfirmedIsCancelledAndItsCancelReachesTheBroker() {
        long orderId = newId();
        long userId = newId();
        jdbc.update("""
                INSERT INTO trade_order (order_id, user_id, order_status, pay_status, shipping_status, address,
                                         consignee, goods_id, goods_number, goods_price, goods_amount, shipping_fee,
                                         order_amount, coupon_id, coupon_paid, money_paid, pay_amount, add_time)
                VALUES (?, ?, 0, 0, 0, 'a street', 'someone', 55, 2, 20.00, 40.00, 10.00, 50.00, 66, 5.00, 15.00,
                        30.00, NOW(3) - INTERVAL 1 HOUR)""", orderId, userId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CANCELLED.code());
            assertThat(outboxStatus(orderId)).isEqualTo(1);
            assertThat(observedEvents.cancellationsOf(orderId)).isNotEmpty();
        });

        assertThat(orderRow(orderId).get("cancel_reason")).isEqualTo("not confirmed within 25s");
        assertThat(outboxRows(orderId)).isEqualTo(1);
        OrderCancelled event = observedEvents.cancellationsOf(orderId).get(0);
        assertThat(event.getUserId()).isEqualTo(userId);
        assertThat(event.getGoodsId()).isEqualTo(55);
        assertThat(event.getGoodsNumber()).isEqualTo(2);
        assertThat(event.getCouponId()).isEqualTo(66);
        assertThat(event.getMoneyPaid()).isEqualByComparingTo("15.00");
        assertThat(event.getReason()).isEqualTo("not confirmed within 25s");
    }
}
