package com.shop.goods.vending.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.alibaba.fastjson2.JSONObject;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.goods.support.TestVendingMachine;
import com.shop.goods.support.TestVendingMachine.Answer;
import com.shop.goods.vending.coordination.ZooKeeperMachineLease;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vending order from reservation to its dispense's end, inside the service: real PaymentSucceeded and OrderCancelled
 * messages through the broker, the outbox relay, the dispense command over the MQTT broker to a test machine that
 * answers (or not) on its result topic, and the machine's lease in ZooKeeper.
 */
class VendingDispenseTest extends VendingTestBase {

    @Autowired
    ZooKeeperMachineLease leases;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPaidOrderIsDispensedOnceAndLetsTheMachineGo() throws Exception {
        Reserved order = reserved(Answer.SUCCEED);
        String machine = order.machine();
        long goodsId = order.goodsId();
        long orderId = order.orderId();
        double dispensedBefore = dispenses("dispensed");

        paid(orderId);
        paid(orderId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 2);
        Thread.sleep(SETTLE.toMillis()); // room for a second command, were one sent
        assertThat(machines.commandsFor(orderId)).hasSize(1);
        JSONObject command = machines.commandsFor(orderId).get(0);
        assertThat(command)
                .containsEntry("innerCode", machine)
                .containsEntry("channelCode", "A1")
                .containsEntry("timeoutSeconds", 2)
                .containsKey("requestTime")
                .containsEntry("commandId", vendingOrder(orderId).get("command_id"));
        assertThat(command.getString("commandId")).as("128 random bits").hasSize(22);
        assertThat(command.getLongValue("goodsId")).isEqualTo(goodsId);
        assertThat(unitsIn(machine, "A1")).as("the unit stays taken").isEqualTo(4);
        assertThat(outboxed(DispenseRequested.TAG, orderId)).isEqualTo(1);
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isEqualTo(1);
        assertThat(leases.holder(machine)).isEmpty();

        machines.sendResult(machine, orderId, machines.commandIdFor(orderId), true, null);
        Thread.sleep(SETTLE.toMillis()); // the duplicate result, and the timer due meanwhile, change nothing

        assertThat(status(orderId)).isEqualTo(2);
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isEqualTo(1);
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isZero();
        assertThat(unitsIn(machine, "A1")).isEqualTo(4);
        assertThat(dispenses("dispensed"))
                .as("the repeated success counts once")
                .isEqualTo(dispensedBefore + 1);
    }

    private double dispenses(String outcome) {
        return meters.counter("shop.vending.dispenses", "outcome", outcome).count();
    }

    @Test
    void aFailedDispenseFailsTheOrderAndItsCancelGivesTheUnitBack() throws Exception {
        Reserved order = reserved(Answer.FAIL);
        String machine = order.machine();
        long goodsId = order.goodsId();
        long orderId = order.orderId();
        double failedBefore = dispenses("failed");

        paid(orderId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 3);
        assertThat(vendingOrder(orderId).get("reason")).asString().contains("jammed");
        await().atMost(Duration.ofSeconds(5)).until(() -> dispenses("failed") == failedBefore + 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> leases.holder(machine).isEmpty());
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isEqualTo(1);
        assertThat(unitsIn(machine, "A1"))
                .as("back only once the refunded order is cancelled")
                .isEqualTo(4);

        cancelled(orderId, machine, goodsId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 4);
        assertThat(unitsIn(machine, "A1")).isEqualTo(5);
        Thread.sleep(SETTLE.toMillis()); // the timer due meanwhile changes nothing
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isEqualTo(1);
    }

    @Test
    void aSilentMachineFailsTheDispenseWhenItsTimeIsUp() throws Exception {
        Reserved order = reserved(Answer.STAY_SILENT);
        String machine = order.machine();
        long orderId = order.orderId();

        paid(orderId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 3);
        assertThat(machines.commandsFor(orderId)).hasSize(1);
        assertThat(vendingOrder(orderId)).containsEntry("reason", "no answer from the machine within 2 s");
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> leases.holder(machine).isEmpty());

        // the machine wakes up and reports a success for a dispense already given up: logged for an operator
        machines.sendResult(machine, orderId, machines.commandIdFor(orderId), true, null);
        Thread.sleep(SETTLE.toMillis());

        assertThat(status(orderId)).isEqualTo(3);
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isZero();
    }

    @Test
    void aCancelledReservationGivesTheUnitAndTheMachineBack() throws Exception {
        Reserved order = reserved(Answer.SUCCEED);
        String machine = order.machine();
        long goodsId = order.goodsId();
        long orderId = order.orderId();
        assertThat(leases.holder(machine)).contains(orderId);

        cancelled(orderId, machine, goodsId);
        cancelled(orderId, machine, goodsId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 4);
        await().atMost(Duration.ofSeconds(5)).until(() -> leases.holder(machine).isEmpty());
        Thread.sleep(SETTLE.toMillis()); // room for the second delivery to arrive and be absorbed
        assertThat(unitsIn(machine, "A1")).isEqualTo(5);

        paid(orderId);
        Thread.sleep(SETTLE.toMillis());
        assertThat(machines.commandsFor(orderId))
                .as("a payment after the cancel dispenses nothing")
                .isEmpty();
    }

    @Test
    void aCancelBeforeTheReservationLeavesATombstoneThatRefusesIt() throws Exception {
        String machine = machine();
        long goodsId = newGoods(100);
        addChannel(machine, "A1", goodsId, "3.00", 5, 10);
        long orderId = newOrderId();

        cancelled(orderId, machine, goodsId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 4);
        assertThat(vendingOrder(orderId)).containsEntry("channel_code", null);
        assertThatThrownBy(() -> reservations.reserve(orderId, machine, goodsId, UNIT_PRICE))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(unitsIn(machine, "A1")).isEqualTo(5);
        assertThat(leases.holder(machine)).isEmpty();
    }

    @Test
    void aResultFromAnotherMachineOrNotAResultChangesNothing() throws Exception {
        Reserved order = commanded(Answer.STAY_SILENT);
        String machine = order.machine();
        long orderId = order.orderId();

        String commandId = machines.commandIdFor(orderId);
        machines.send(machine, "vm/" + machine + "/vendout/result", "{\"orderId\":");
        machines.sendResult("someone-else", orderId, commandId, true, null);
        machines.sendResult(machine, orderId, commandId, false, "too late: the timer decides");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 3);

        assertThat(vendingOrder(orderId).get("reason")).asString().contains("too late");
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isZero();
    }

    @Test
    void aResultWithoutTheCommandsIdOrWithAnotherIsIgnoredWhileTheCommandsOwnIsApplied() throws Exception {
        Reserved order = commanded(Answer.STAY_SILENT);
        String machine = order.machine();
        long orderId = order.orderId();

        // in this order on one connection: a failure applied would have ended the dispense before the success came
        machines.sendResult(machine, orderId, null, false, "forged: no command id");
        machines.sendResult(machine, orderId, "not-the-command-sent", false, "forged: another command id");
        machines.sendResult(machine, orderId, machines.commandIdFor(orderId), true, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 2);
        assertThat(vendingOrder(orderId).get("reason")).isNull();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isZero();
        assertThat(outboxed(MessageTopics.VENDING_DISPENSED, orderId)).isEqualTo(1);
    }

    @Test
    void anotherMachinesCredentialsCannotAnswerForThisMachine() throws Exception {
        String intruder = newMachine();
        Reserved order = commanded(Answer.STAY_SILENT);
        String machine = order.machine();
        long orderId = order.orderId();
        String commandId = machines.commandIdFor(orderId);

        // even knowing the command's id, the intruder's failure on this machine's topic is dropped by the broker
        machines.sendUnacknowledged(
                intruder,
                "vm/" + machine + "/vendout/result",
                TestVendingMachine.result(orderId, commandId, false, "forged by another machine"));
        // acknowledged: the broker has handled the forged message by now, before the genuine one below
        machines.sendResult(intruder, orderId, commandId, true, null);
        machines.sendResult(machine, orderId, commandId, true, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(orderId) == 2);
        assertThat(outboxed(MessageTopics.VENDING_DISPENSE_FAILED, orderId)).isZero();
    }

    /** A machine of the test's own, switched on by the test's machines only, that dispenses what it is told to. */
    private String machine() throws Exception {
        String machine = newMachine();
        machines.answer(machine, Answer.SUCCEED);
        return machine;
    }

    private static void cancelled(long orderId, String machine, long goodsId) throws Exception {
        send(
                MessageTopics.ORDER,
                MessageTopics.ORDER_CANCELLED,
                orderId,
                OrderCancelled.builder()
                        .orderId(orderId)
                        .userId(7L)
                        .goodsId(goodsId)
                        .goodsNumber(1)
                        .reason("refunded")
                        .innerCode(machine)
                        .build());
    }

    private static void send(String topic, String tag, long orderId, Object event) throws Exception {
        messages.send(topic, tag, orderId, event, 1);
    }
}
