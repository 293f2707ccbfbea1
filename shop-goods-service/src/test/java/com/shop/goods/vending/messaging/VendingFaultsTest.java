package com.shop.goods.vending.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.goods.application.PaidOrders;
import com.shop.goods.support.AdjustableClock;
import com.shop.goods.support.TestVendingMachine.Answer;
import com.shop.goods.vending.coordination.ZooKeeperMachineLease;
import com.shop.goods.vending.mqtt.MqttDispenseResultSubscriber;
import com.shop.infra.EmbeddedZooKeeper;
import com.shop.infra.TestInfrastructure;
import com.shop.pojo.MessageTopics;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dispense under faults, with the real brokers, database and ZooKeeper: the goods service away for longer than a
 * machine has to answer, its result subscription down while the machine answers, an answer held up behind another,
 * ZooKeeper down while results come in. However they fall, the unit is either dispensed or refunded, never both, and an answer given in time counts.
 */
class VendingFaultsTest extends VendingTestBase {

    /** Longer than the 2 s a machine has to answer, and the time the service then waits for its answer to arrive. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);

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

    @Test
    void aCommandSentLongAfterThePaymentStillGetsItsWholeTimeToBeAnswered() throws Exception {
        Reserved order = reserved(Answer.SUCCEED);
        String machine = order.machine();
        long orderId = order.orderId();
        machines.answer(machine, Answer.SUCCEED, Duration.ofSeconds(1));
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
        Reserved order = commanded(Answer.STAY_SILENT);
        String machine = order.machine();
        long orderId = order.orderId();

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
        Reserved slow = reserved(Answer.STAY_SILENT, goodsId);
        Reserved waiting = reserved(Answer.STAY_SILENT, goodsId);
        long slowOrder = slow.orderId();
        long waitingOrder = waiting.orderId();
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
            machines.sendResult(slow.machine(), slowOrder, machines.commandIdFor(slowOrder), true, null);
            machines.sendResult(waiting.machine(), waitingOrder, machines.commandIdFor(waitingOrder), true, null);
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
        Reserved first = reserved(Answer.SUCCEED, goodsId);
        Reserved second = reserved(Answer.SUCCEED, goodsId);
        long firstOrder = first.orderId();
        long secondOrder = second.orderId();

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
                .until(() -> leases.holder(first.machine()).isEmpty()
                        && leases.holder(second.machine()).isEmpty());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, firstOrder)).isZero();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, secondOrder)).isZero();
    }

    private boolean settled(long orderId) {
        Integer status = status(orderId);
        return status != null && status >= 2;
    }
}
