package com.shop.goods.vending.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.application.PaidOrders;
import com.shop.goods.support.AdjustableClock;
import com.shop.goods.support.TestVendingMachine;
import com.shop.goods.support.TestVendingMachine.Answer;
import com.shop.goods.vending.application.VendingReservations;
import com.shop.goods.vending.coordination.ZooKeeperMachineLease;
import com.shop.goods.vending.mqtt.MqttDispenseResultSubscriber;
import com.shop.infra.EmbeddedZooKeeper;
import com.shop.infra.TestInfrastructure;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dispense under faults, with the real brokers, database and ZooKeeper: the goods service away for longer than a
 * machine has to answer, its result subscription down while the machine answers, an answer held up behind another,
 * ZooKeeper down while results come in. However they fall, the unit is either dispensed or refunded, never both, and an answer given in time counts.
 */
class VendingFaultsTest extends GoodsServiceTestBase {

    private static final BigDecimal PRICE = new BigDecimal("3.00");
    /** Longer than the 2 s a machine has to answer, and the time the service then waits for its answer to arrive. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);

    private static final Duration SETTLE = Duration.ofSeconds(2);

    private static TestVendingMachine machines;
    private static TestMessages messages;

    @Autowired
    VendingReservations reservations;

    @Autowired
    PaidOrders paidOrders;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MqttDispenseResultSubscriber results;

    @Autowired
    ZooKeeperMachineLease leases;

    @BeforeAll
    static void connect() throws Exception {
        machines = TestVendingMachine.connect(TestInfrastructure.shared().mqtt().url());
        messages =
                new TestMessages(TestInfrastructure.shared().rocketMq().namesrvAddress(), "goods-vending-faults-test");
    }

    @AfterAll
    static void disconnect() throws Exception {
        messages.close();
        machines.close();
    }

    @Test
    void aCommandSentLongAfterThePaymentStillGetsItsWholeTimeToBeAnswered() throws Exception {
        String machine = newMachine();
        machines.answer(machine, Answer.SUCCEED, Duration.ofSeconds(1));
        long goodsId = newGoods(100);
        addChannel(machine, "A1", goodsId, "3.00", 5, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, goodsId, PRICE);
        Instant beforeTheCommand = Instant.now();

        // as after an outage between the payment's commit and its relay: what the payment wrote goes out only now,
        // dated from longer ago than a machine has to answer
        clock.setBackDuring(
                OUTAGE, () -> transaction.executeWithoutResult(status -> paidOrders.orderPaid(payment(orderId))));

        await().atMost(Duration.ofSeconds(30)).until(() -> settled(orderId));
        assertThat(status(orderId))
                .as("dispensed within the time the command gave, not refunded")
                .isEqualTo(2);
        Thread.sleep(SETTLE.toMillis());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isZero();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isEqualTo(1);
        assertThat(unitsIn(machine, "A1")).isEqualTo(4);
        assertThat(machines.commandsFor(orderId).get(0).getLongValue("requestTime"))
                .as("the command's time counts from when it was sent")
                .isGreaterThanOrEqualTo(beforeTheCommand.toEpochMilli());
    }

    @Test
    void anAnswerTheBrokerKeptWhileTheServiceWasAwayIsAppliedBeforeTheTimeout() throws Exception {
        String machine = newMachine();
        machines.answer(machine, Answer.STAY_SILENT);
        long goodsId = newGoods(100);
        addChannel(machine, "A1", goodsId, "3.00", 5, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, goodsId, PRICE);
        paid(orderId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> machines.commandsFor(orderId).size() == 1);

        results.stop();
        try {
            // the machine answers in time; its answer waits at the broker while the deadline passes
            machines.sendResult(machine, orderId, machines.commandIdFor(orderId), true, null);
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            results.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> settled(orderId));
        assertThat(status(orderId)).as("the kept answer counts").isEqualTo(2);
        Thread.sleep(SETTLE.toMillis());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isZero();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isEqualTo(1);
    }

    @Test
    void anAnswerWaitingBehindOneThatCannotBeAppliedYetIsAppliedBeforeTheTimeout() throws Exception {
        long goodsId = newGoods(100);
        String slow = newMachine();
        String waiting = newMachine();
        machines.answer(slow, Answer.STAY_SILENT);
        machines.answer(waiting, Answer.STAY_SILENT);
        addChannel(slow, "A1", goodsId, "3.00", 5, 10);
        addChannel(waiting, "A1", goodsId, "3.00", 5, 10);
        long slowOrder = newOrderId();
        long waitingOrder = newOrderId();
        reservations.reserve(slowOrder, slow, goodsId, PRICE);
        reservations.reserve(waitingOrder, waiting, goodsId, PRICE);
        paid(slowOrder);
        paid(waitingOrder);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> machines.commandsFor(slowOrder).size() == 1
                        && machines.commandsFor(waitingOrder).size() == 1);

        // the first answer cannot be applied while its row is locked; the second, taken in after it, waits meanwhile
        try (Connection lock = jdbc.getDataSource().getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement()
                    .executeQuery(
                            "SELECT status FROM trade_vending_order WHERE order_id = " + slowOrder + " FOR UPDATE")
                    .close();
            machines.sendResult(slow, slowOrder, machines.commandIdFor(slowOrder), true, null);
            machines.sendResult(waiting, waitingOrder, machines.commandIdFor(waitingOrder), true, null);
            Thread.sleep(OUTAGE.toMillis());
            lock.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> settled(slowOrder) && settled(waitingOrder));
        assertThat(status(slowOrder)).isEqualTo(2);
        assertThat(status(waitingOrder)).as("the answer that waited counts").isEqualTo(2);
        Thread.sleep(SETTLE.toMillis());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, waitingOrder))
                .isZero();
    }

    @Test
    void resultsAreAppliedWhileZooKeeperIsDownAndTheMachinesAreLetGoOnceItIsBack() throws Exception {
        long goodsId = newGoods(100);
        String first = newMachine();
        String second = newMachine();
        machines.answer(first, Answer.SUCCEED);
        machines.answer(second, Answer.SUCCEED);
        addChannel(first, "A1", goodsId, "3.00", 5, 10);
        addChannel(second, "A1", goodsId, "3.00", 5, 10);
        long firstOrder = newOrderId();
        long secondOrder = newOrderId();
        reservations.reserve(firstOrder, first, goodsId, PRICE);
        reservations.reserve(secondOrder, second, goodsId, PRICE);

        EmbeddedZooKeeper zooKeeper = TestInfrastructure.shared().zooKeeper();
        zooKeeper.stop();
        try {
            paid(firstOrder);
            paid(secondOrder);

            await().atMost(Duration.ofSeconds(30)).until(() -> settled(firstOrder) && settled(secondOrder));
            assertThat(status(firstOrder)).isEqualTo(2);
            assertThat(status(secondOrder))
                    .as("a later result is not held up by the lease of an earlier one")
                    .isEqualTo(2);
        } finally {
            zooKeeper.start();
        }
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .until(() ->
                        leases.holder(first).isEmpty() && leases.holder(second).isEmpty());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, firstOrder)).isZero();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, secondOrder)).isZero();
    }

    private boolean settled(long orderId) {
        Integer status = status(orderId);
        return status != null && status >= 2;
    }

    private Integer status(long orderId) {
        return (Integer) vendingOrder(orderId).get("status");
    }

    private static PaymentSucceeded payment(long orderId) {
        return PaymentSucceeded.builder()
                .payId(orderId + 1)
                .orderId(orderId)
                .userId(7L)
                .payAmount(PRICE)
                .transactionId("4200" + orderId)
                .paidAt(new Date())
                .build();
    }

    private static void paid(long orderId) throws Exception {
        messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, orderId, payment(orderId), 1);
    }
}
