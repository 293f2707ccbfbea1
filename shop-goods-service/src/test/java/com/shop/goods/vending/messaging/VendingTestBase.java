package com.shop.goods.vending.messaging;

import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.support.TestVendingMachine;
import com.shop.goods.support.TestVendingMachine.Answer;
import com.shop.goods.vending.application.VendingReservations;
import com.shop.infra.TestInfrastructure;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A vending order's way through the service with the real brokers: test machines on the MQTT broker, the payment
 * message the pay service would send, and an order reserved on a machine of its own.
 */
abstract class VendingTestBase extends GoodsServiceTestBase {

    /** What every channel of {@link #reserved} sells at. */
    static final BigDecimal UNIT_PRICE = new BigDecimal("3.00");
    /** Room for a message that must change nothing, or a timer due meanwhile, to have had its chance. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    static TestVendingMachine machines;
    static TestMessages messages;

    @Autowired
    VendingReservations reservations;

    /** An order reserved on its machine: one unit of the goods in channel A1. */
    record Reserved(String machine, long goodsId, long orderId) {}

    @BeforeAll
    static void connect() throws Exception {
        machines = TestVendingMachine.connect(TestInfrastructure.shared().mqtt().url());
        messages = new TestMessages(TestInfrastructure.shared().rocketMq().namesrvAddress(), "goods-vending-test");
    }

    @AfterAll
    static void disconnect() throws Exception {
        messages.close();
        machines.close();
    }

    /** A new goods, reserved on a new machine that answers so; see {@link #reserved(Answer, long)}. */
    Reserved reserved(Answer answer) throws Exception {
        return reserved(answer, newGoods(100));
    }

    /** A new machine answering so, with the goods in channel A1 (5 units of 10), and a new order reserving one. */
    Reserved reserved(Answer answer, long goodsId) throws Exception {
        String machine = newMachine();
        machines.answer(machine, answer);
        addChannel(machine, "A1", goodsId, UNIT_PRICE.toPlainString(), 5, 10);
        long orderId = newOrderId();
        reservations.reserve(orderId, machine, goodsId, UNIT_PRICE);
        return new Reserved(machine, goodsId, orderId);
    }

    /** A reserved order, paid, once its dispense command has reached its machine. */
    Reserved commanded(Answer answer) throws Exception {
        Reserved order = reserved(answer);
        paid(order.orderId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> machines.commandsFor(order.orderId()).size() == 1);
        return order;
    }

    Integer status(long orderId) {
        return (Integer) vendingOrder(orderId).get("status");
    }

    static PaymentSucceeded payment(long orderId) {
        return PaymentSucceeded.builder()
                .payId(orderId + 1)
                .orderId(orderId)
                .userId(7L)
                .payAmount(UNIT_PRICE)
                .transactionId("4200" + orderId)
                .paidAt(new Date())
                .build();
    }

    static void paid(long orderId) throws Exception {
        messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, orderId, payment(orderId), 1);
    }
}
