package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.infra.DevelopmentMqttUsers;
import com.shop.infra.EmbeddedRocketMq;
import com.shop.infra.MqttCredentials;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vending machines end to end: the machine's goods, its lease, paying, dispensing over MQTT through the machine
 * simulator, failed and unanswered dispenses refunded, unpaid orders timing out, a goods service crash mid-dispense.
 */
class VendingIT {

    private static final Duration SOON = Duration.ofSeconds(45);
    private static final int SHIPPED = 1;
    private static final int DISPENSED = 2;
    private static final int RELEASED = 4;

    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final ShopClient alice = stack.login("alice", PASSWORD);
    private final ShopClient bob = stack.login("bob", PASSWORD);
    private final ShopClient simulator = ShopClient.anonymous(stack.simulatorUrl());
    private final ShopClient sandbox = ShopClient.anonymous(stack.sandboxUrl());

    private String machine;
    private long water;
    private long chips;

    /**
     * A machine of the test's own, switched on in the simulator (it connects with its own credentials): water in A1
     * (2.50, 3 units) and B1 (2.00, 2 units), chips in A2 (6.50, 1 unit).
     */
    @BeforeEach
    void aMachine() {
        machine = db.newMachine();
        assertThat(simulator
                        .postQuery("/simulator/machines/" + machine + "/mode?mode=succeed")
                        .status())
                .isEqualTo(200);
        water = db.newGoods("2.80", 100);
        chips = db.newGoods("7.00", 100);
        db.newChannel(machine, "A1", water, "2.50", 3);
        db.newChannel(machine, "B1", water, "2.00", 2);
        db.newChannel(machine, "A2", chips, "6.50", 1);
        db.newChannel(machine, "A3", db.newGoods("1.00", 100), "1.00", 0);
    }

    @AfterEach
    void invariantsHold() {
        simulator.postQuery("/simulator/machines/" + machine + "/mode?mode=succeed");
        stack.invariantsHold();
    }

    @Test
    void aMachineListsItsGoodsWithUnitsSummedAndItsLowestPriceEmptyChannelsLeftOut() {
        Response goods = alice.get("/api/vending/machines/" + machine + "/goods");

        assertThat(goods.status()).isEqualTo(200);
        assertThat(goods.json()).hasSize(2);
        assertThat(goods.json().get(0).get("goodsId").asLong()).isEqualTo(water);
        assertThat(goods.json().get(0).get("capacity").asInt()).isEqualTo(5);
        assertThat(goods.json().get(0).get("price").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(goods.json().get(1).get("goodsId").asLong()).isEqualTo(chips);
        assertThat(goods.json().get(1).get("capacity").asInt()).isEqualTo(1);
        assertThat(alice.get("/api/vending/machines/NOSUCHMACHINE/goods").code())
                .isEqualTo("MACHINE_NOT_FOUND");
        assertThat(alice.get("/api/vending/machines").body()).contains(machine);
    }

    @Test
    void aGoodsAtAMachineShowsItsPriceTheAddressAndEveryChannelHoldingItSoldOutAtZero() {
        long orderId = buy(alice, chips);

        Response detail = alice.get("/api/vending/machines/" + machine + "/goods/" + water);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.json().get("goodsId").asLong()).isEqualTo(water);
        assertThat(detail.json().get("price").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(detail.json().get("innerCode").asText()).isEqualTo(machine);
        assertThat(detail.json().get("address").asText()).isEqualTo("e2e machine " + machine);
        assertThat(detail.json().get("channels")).hasSize(2);
        assertThat(detail.json().get("channels").get(0).get("channelCode").asText())
                .isEqualTo("A1");
        assertThat(detail.json().get("channels").get(0).get("price").decimalValue())
                .isEqualByComparingTo("2.50");
        assertThat(detail.json().get("channels").get(0).get("units").asInt()).isEqualTo(3);
        assertThat(detail.json().get("channels").get(1).get("channelCode").asText())
                .isEqualTo("B1");
        assertThat(detail.json().get("channels").get(1).get("units").asInt()).isEqualTo(2);

        Response soldOut = alice.get("/api/vending/machines/" + machine + "/goods/" + chips);
        assertThat(soldOut.json().get("channels").get(0).get("units").asInt())
                .as("reserved by the order")
                .isZero();
        assertThat(alice.get("/api/vending/machines/" + machine + "/goods/999999999999")
                        .code())
                .isEqualTo("GOODS_NOT_FOUND");
        assertThat(alice.get("/api/vending/machines/NOSUCHMACHINE/goods/" + water)
                        .code())
                .isEqualTo("MACHINE_NOT_FOUND");
        assertThat(alice.post("/api/orders/" + orderId + "/cancel", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aSecondBuyerIsToldTheMachineIsBusyBeforePayingUntilTheFirstOrderLetsItGo() {
        long first = buy(alice, water);
        assertThat(db.unitsIn(machine, "B1")).as("the cheapest channel").isEqualTo(1);

        Response busy = bob.post("/api/vending/orders", Map.of("innerCode", machine, "goodsId", water));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.code()).isEqualTo("MACHINE_BUSY");
        long refused = Long.parseLong(busy.json().get("orderId").asText());
        assertThat(db.orderStatus(refused)).isEqualTo(2);

        assertThat(alice.post("/api/orders/" + first + "/cancel", Map.of())
                        .json()
                        .get("orderStatus")
                        .asText())
                .isEqualTo("CANCELLED");
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(db.unitsIn(machine, "B1")).isEqualTo(2));

        long second = buy(bob, water);
        assertThat(bob.post("/api/orders/" + second + "/cancel", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aSoldOutGoodsIsRefusedBeforeAnyPayment() {
        long only = buy(alice, chips);
        alice.post("/api/orders/" + only + "/cancel", Map.of());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(db.unitsIn(machine, "A2")).isEqualTo(1));
        db.update(
                "shop_goods",
                "UPDATE trade_vending_channel SET opening_capacity = opening_capacity - current_capacity,"
                        + " current_capacity = 0 WHERE inner_code = ? AND channel_code = 'A2'",
                machine);

        Response soldOut = alice.post("/api/vending/orders", Map.of("innerCode", machine, "goodsId", chips));

        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.code()).isEqualTo("STOCK_INSUFFICIENT");
    }

    @Test
    void aPaidOrderIsDispensedOnceAndShippedAndTheMachineIsFreeAgain() throws Exception {
        long orderId = buy(alice, water);
        pay(alice, orderId);

        awaitShipped(orderId);
        assertThat(db.vendingStatus(orderId)).isEqualTo(DISPENSED);
        assertThat(db.unitsIn(machine, "B1")).as("the unit stays sold").isEqualTo(1);
        JsonNode dispense = simulator.get("/simulator/dispenses/" + orderId).json();
        assertThat(dispense.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(dispense.get("channelCode").asText()).isEqualTo("B1");

        // the payment announced again, and the machine's result sent again: nothing more happens
        announcePaymentAgain(orderId);
        publishResultAgain(orderId);
        Thread.sleep(3_000);
        assertThat(simulator
                        .get("/simulator/dispenses/" + orderId)
                        .json()
                        .get("commands")
                        .asInt())
                .isEqualTo(1);
        assertThat(db.unitsIn(machine, "B1")).isEqualTo(1);
        assertThat(db.vendingStatus(orderId)).isEqualTo(DISPENSED);

        long next = buy(bob, water);
        assertThat(bob.post("/api/orders/" + next + "/cancel", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aFailedDispenseIsRefundedAndGivesTheUnitAndTheMachineBack() {
        simulator.postQuery("/simulator/machines/" + machine + "/mode?mode=fail");
        long orderId = buy(alice, water);
        pay(alice, orderId);

        awaitRefundedAndGivenBack(orderId);
        assertThat(simulator
                        .get("/simulator/dispenses/" + orderId)
                        .json()
                        .get("outcome")
                        .asText())
                .isEqualTo("FAILED");
    }

    @Test
    void aMachineThatNeverAnswersIsRefundedAfterTheDispenseTimeout() {
        simulator.postQuery("/simulator/machines/" + machine + "/mode?mode=silent");
        long orderId = buy(alice, water);
        pay(alice, orderId);

        awaitRefundedAndGivenBack(orderId);
        assertThat(db.single("shop_goods", "SELECT reason FROM trade_vending_order WHERE order_id = ?", orderId)
                        .toString())
                .contains("no answer");
    }

    @Test
    void anUnpaidVendingOrderTimesOutAndGivesTheUnitAndTheMachineBack() {
        long orderId = buy(alice, water);

        await().atMost(Duration.ofSeconds(ShopStack.PAYMENT_TIMEOUT_SECONDS + 30))
                .untilAsserted(() -> assertThat(db.orderStatus(orderId)).isEqualTo(3));
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(db.vendingStatus(orderId)).isEqualTo(RELEASED);
            assertThat(db.unitsIn(machine, "B1")).isEqualTo(2);
        });
        long next = buy(bob, water);
        assertThat(bob.post("/api/orders/" + next + "/cancel", Map.of()).status())
                .isEqualTo(200);
    }

    /**
     * The machine answers in time while the goods service is down: its result waits at the MQTT broker (the
     * service's persistent session) and its dispense timeout in RocketMQ. The answer is applied before the timeout
     * gives up, once: the order ends shipped with the unit sold, never refunded and never shipped twice.
     */
    @Test
    void theGoodsServiceKilledWhileADispenseIsOutstandingAppliesTheAnswerOnceAfterARestart() {
        long orderId = buy(alice, water);
        stack.machineAnswerDelay(Duration.ofSeconds(3));
        try {
            pay(alice, orderId);
            await().atMost(SOON)
                    .untilAsserted(() -> assertThat(simulator
                                    .get("/simulator/dispenses/" + orderId)
                                    .status())
                            .as("the machine got the command")
                            .isEqualTo(200));
            stack.killApplication("shop-goods-service");
            await().atMost(SOON)
                    .untilAsserted(() -> assertThat(simulator
                                    .get("/simulator/dispenses/" + orderId)
                                    .json()
                                    .get("outcome")
                                    .asText())
                            .isEqualTo("SUCCEEDED"));
        } finally {
            stack.machineAnswerDelay(Duration.ofMillis(500));
            stack.startApplication("shop-goods-service");
            awaitGoodsServiceReachable();
        }

        awaitShipped(orderId);
        assertThat(db.vendingStatus(orderId)).isEqualTo(DISPENSED);
        assertThat(db.unitsIn(machine, "B1")).isEqualTo(1);
        assertThat(db.single(
                        "shop_order",
                        "SELECT COUNT(*) FROM trade_order_log WHERE order_id = ?"
                                + " AND event IN ('SHIPPED', 'REFUNDED')",
                        orderId))
                .isEqualTo(1L);
        assertThat(simulator
                        .get("/simulator/dispenses/" + orderId)
                        .json()
                        .get("commands")
                        .asInt())
                .as("commands the machine got, a resend after the restart included")
                .isBetween(1, 2);
    }

    /**
     * A provider restarted after a crash comes back at the address it had, and its callers find their old connection to
     * it dead on their next call, then reconnect within a second or so: reads through order-web and through the order
     * service, which create nothing, show when they are back.
     */
    private void awaitGoodsServiceReachable() {
        await().atMost(SOON).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(alice.get("/api/vending/machines/" + machine + "/goods").status())
                    .isEqualTo(200);
            assertThat(alice.post("/api/vending/orders", Map.of("innerCode", machine, "goodsId", 1L))
                            .code())
                    .as("a goods the machine does not sell, refused before any order")
                    .isEqualTo("GOODS_NOT_FOUND");
        });
    }

    private long buy(ShopClient buyer, long goodsId) {
        Response confirmed = buyer.post("/api/vending/orders", Map.of("innerCode", machine, "goodsId", goodsId));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("innerCode").asText()).isEqualTo(machine);
        assertThat(confirmed.json().get("shippingFee").decimalValue()).isEqualByComparingTo("0.00");
        return orderIdOf(confirmed);
    }

    private void pay(ShopClient buyer, long orderId) {
        Response payment = buyer.at(stack.payWebUrl()).post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        String codeUrl = payment.json().get("codeUrl").asText();
        Response paid =
                sandbox.postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    private void awaitShipped(long orderId) {
        await().atMost(SOON).untilAsserted(() -> {
            JsonNode order = alice.get("/api/orders/" + orderId).json();
            assertThat(order.get("payStatus").asText()).isEqualTo("PAID");
            assertThat(order.get("shippingStatus").asText()).isEqualTo("SHIPPED");
        });
        assertThat(((Number) db.single(
                                "shop_order", "SELECT shipping_status FROM trade_order WHERE order_id = ?", orderId))
                        .intValue())
                .isEqualTo(SHIPPED);
    }

    private void awaitRefundedAndGivenBack(long orderId) {
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(db.orderStatus(orderId)).isEqualTo(4);
            assertThat(db.vendingStatus(orderId)).isEqualTo(RELEASED);
            assertThat(db.unitsIn(machine, "B1")).isEqualTo(2);
        });
        assertThat((BigDecimal) db.single(
                        "shop_pay",
                        "SELECT refund_amount FROM trade_refund WHERE order_id = ? AND refund_status = 1",
                        orderId))
                .isEqualByComparingTo("2.00");
        long next = buy(bob, water);
        assertThat(bob.post("/api/orders/" + next + "/cancel", Map.of()).status())
                .isEqualTo(200);
    }

    /** A second PaymentSucceeded for the order, as a relay re-sending its outbox row would send it. */
    private void announcePaymentAgain(long orderId) throws Exception {
        Map<String, Object> payment = db.row(
                "shop_pay",
                "SELECT pay_id, user_id, pay_amount, transaction_id FROM trade_pay"
                        + " WHERE order_id = ? AND pay_status = 2",
                orderId);
        String body = "{\"payId\":" + payment.get("pay_id") + ",\"orderId\":" + orderId + ",\"userId\":"
                + payment.get("user_id") + ",\"payAmount\":" + payment.get("pay_amount") + ",\"transactionId\":\""
                + payment.get("transaction_id") + "\",\"paidAt\":" + new Date().getTime() + "}";
        DefaultMQProducer producer =
                new DefaultMQProducer("e2e-duplicate-payments", EmbeddedRocketMq.clientCredentials());
        producer.setNamesrvAddr(stack.nameServer());
        producer.start();
        try {
            Message message = new Message(
                    "shop-pay", "PaymentSucceeded", Long.toString(orderId), body.getBytes(StandardCharsets.UTF_8));
            assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
        } finally {
            producer.shutdown();
        }
    }

    @Test
    void theBrokerRefusesAnAnonymousClient() {
        MqttConnectOptions anonymous = new MqttConnectOptions();
        anonymous.setCleanSession(true);

        assertThatThrownBy(() -> {
                    MqttClient client = new MqttClient(stack.mqttUrl(), "e2e-anonymous", new MemoryPersistence());
                    try {
                        client.connect(anonymous);
                    } finally {
                        client.close(true);
                    }
                })
                .isInstanceOf(MqttSecurityException.class);
    }

    /** The machine's success result once more, as a machine repeating itself would send it: with the command's id. */
    private void publishResultAgain(long orderId) throws Exception {
        MqttClient machineClient = new MqttClient(stack.mqttUrl(), "e2e-machine-" + orderId, new MemoryPersistence());
        MqttCredentials credentials = DevelopmentMqttUsers.machine(machine);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setUserName(credentials.username());
        options.setPassword(credentials.passwordChars());
        machineClient.connect(options);
        Object commandId =
                db.single("shop_goods", "SELECT command_id FROM trade_vending_order WHERE order_id = ?", orderId);
        try {
            machineClient.publish(
                    "vm/" + machine + "/vendout/result",
                    ("{\"orderId\":\"" + orderId + "\",\"commandId\":\"" + commandId
                                    + "\",\"success\":true,\"reason\":null}")
                            .getBytes(StandardCharsets.UTF_8),
                    2,
                    false);
        } finally {
            machineClient.disconnect();
            machineClient.close();
        }
    }
}
