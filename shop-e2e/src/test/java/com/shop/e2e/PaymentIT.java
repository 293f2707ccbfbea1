package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;
import static com.shop.e2e.OrderFlows.orderIdOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.devstack.sandbox.AlipaySandbox;
import com.shop.e2e.support.JsapiSignature;
import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.ShopDatabase.Shopper;
import com.shop.e2e.support.SignedNotification;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Paying confirmed orders end to end: pay-web, the pay service, the payment sandbox speaking WeChat Pay v2, its
 * signed notifications, the outbox relay and the PaymentSucceeded consumers; timeouts, refunds and reconciliation.
 */
class PaymentIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
    private final ShopStack stack = ShopStack.get();
    private final ShopDatabase db = stack.database();
    private final Shopper shopper = db.newShopper();
    private final ShopClient buyer = stack.login(shopper.name(), PASSWORD);
    private final ShopClient buyerPays = buyer.at(stack.payWebUrl());
    private final ShopClient platform = ShopClient.anonymous(stack.payWebUrl());
    private final ShopClient sandbox = ShopClient.anonymous(stack.sandboxUrl());
    private final ShopClient alipay = sandbox;

    @AfterEach
    void invariantsHold() {
        stack.invariantsHold();
    }

    @Test
    void aPaidOrderIsMarkedPaidOnceWithPointsAndATimelineEntry() {
        long orderId = confirmedOrder("54.00", 2, null, "0.50"); // 108.00 + 0.00 shipping - 0.50 balance = 107.50
        int pointsBefore = points();

        JsonNode payment = createPayment(orderId);
        assertThat(payment.get("payAmount").decimalValue()).isEqualByComparingTo("107.50");
        assertThat(payment.get("payStatus").asText()).isEqualTo("PAYING");
        assertThat(payment.get("codeUrl").asText()).startsWith("weixin://wxpay/bizpayurl");
        assertThat(createPayment(orderId).get("payId").asText())
                .as("the same open payment")
                .isEqualTo(payment.get("payId").asText());

        payInSandbox(payment.get("codeUrl").asText());

        awaitPaid(orderId);
        assertThat(points()).isEqualTo(pointsBefore + 107);
        assertThat(buyerPays
                        .get("/api/payments/" + payment.get("payId").asText())
                        .json()
                        .get("payStatus")
                        .asText())
                .isEqualTo("PAID");
        assertThat(db.rows(
                        "shop_order",
                        "SELECT event FROM trade_order_log WHERE order_id = ? AND event = 'PAID'",
                        orderId))
                .hasSize(1);
        Response again = buyerPays.post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ORDER_ALREADY_PAID");
    }

    @Test
    void aJsapiPaymentIsSignedForThePayersPageAndPaidInTheSandbox() {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        int pointsBefore = points();
        Response noOpenId =
                buyerPays.post("/api/payments", Map.of("orderId", Long.toString(orderId), "tradeType", "JSAPI"));
        assertThat(noOpenId.status()).isEqualTo(400);
        assertThat(noOpenId.code()).isEqualTo("INVALID_REQUEST");
        assertThat(db.single("shop_pay", "SELECT COUNT(*) FROM trade_pay WHERE order_id = ?", orderId))
                .isEqualTo(0L);

        Response created = buyerPays.post(
                "/api/payments", Map.of("orderId", Long.toString(orderId), "tradeType", "JSAPI", "openId", OPEN_ID));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode payment = created.json();
        String payId = payment.get("payId").asText();
        assertThat(payment.get("tradeType").asText()).isEqualTo("JSAPI");
        assertThat(payment.has("codeUrl")).isFalse();
        JsonNode trade = sandbox.get("/sandbox/trades/" + payId).json();
        assertThat(trade.get("tradeType").asText()).isEqualTo("JSAPI");
        JsonNode page = payment.get("jsapi");
        assertThat(page.get("appId").asText()).isEqualTo(SignedNotification.APP_ID);
        assertThat(page.get("package").asText())
                .isEqualTo("prepay_id=" + trade.get("prepayId").asText());
        assertThat(page.get("paySign").asText())
                .isEqualTo(JsapiSignature.of(
                        page.get("appId").asText(),
                        page.get("timeStamp").asText(),
                        page.get("nonceStr").asText(),
                        page.get("package").asText(),
                        page.get("signType").asText()));

        payInSandboxByTradeNo(payId);

        awaitPaid(orderId);
        await().atMost(SOON).untilAsserted(() -> assertThat(points()).isEqualTo(pointsBefore + 40));
        assertThat(sandbox.get("/sandbox/trades/" + payId).json().get("openid").asText())
                .isEqualTo(OPEN_ID);
        assertThat(db.rows(
                        "shop_pay",
                        "SELECT pay_id FROM trade_pay WHERE order_id = ? AND trade_type = 'JSAPI'"
                                + " AND open_id = ? AND pay_status = 2",
                        orderId,
                        OPEN_ID))
                .hasSize(1);
    }

    @Test
    void anAlipayPaymentIsPaidInTheAlipaySandboxAndTheOrderShowsIt() {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        int pointsBefore = points();

        JsonNode payment = createPayment(orderId, "ALIPAY");
        String payId = payment.get("payId").asText();
        assertThat(payment.get("channel").asText()).isEqualTo("ALIPAY");
        assertThat(payment.get("codeUrl").asText()).startsWith("https://qr.alipay.com/");
        assertThat(alipay.get("/alipay/sandbox/trades/" + payId)
                        .json()
                        .get("totalAmount")
                        .asText())
                .isEqualTo("40.00");

        Response paid = alipay.postQuery("/alipay/sandbox/pay?qr_code="
                + URLEncoder.encode(payment.get("codeUrl").asText(), StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

        awaitPaid(orderId);
        await().atMost(SOON).untilAsserted(() -> assertThat(points()).isEqualTo(pointsBefore + 40));
        JsonNode trade = alipay.get("/alipay/sandbox/trades/" + payId).json();
        assertThat(trade.get("notified").asBoolean())
                .as("pay-web answered success")
                .isTrue();
        JsonNode order = buyer.get("/api/orders/" + orderId).json();
        assertThat(order.get("payId").asText()).isEqualTo(payId);
        assertThat(order.get("channel").asText()).isEqualTo("ALIPAY");
        assertThat(order.get("transactionId").asText())
                .isEqualTo(trade.get("tradeNo").asText());
        assertThat(db.single("shop_pay", "SELECT channel FROM trade_pay WHERE pay_id = ?", Long.parseLong(payId)))
                .isEqualTo("ALIPAY");
    }

    @Test
    void forgedAndWrongAmountAlipayNotificationsAreRefusedAndChangeNothing() {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        String payId = createPayment(orderId, "ALIPAY").get("payId").asText();
        int pointsBefore = points();
        AlipaySandbox signer = stack.devStack().paymentSandbox().alipay();

        Map<String, String> tampered = new LinkedHashMap<>(signer.signAsPlatform(alipayPaid(payId, "40.00")));
        tampered.put("total_amount", "0.01");
        assertAlipayRefused(tampered);
        assertAlipayRefused(signer.signAsPlatform(alipayPaid(payId, "0.01")));
        Map<String, String> borrowed = new LinkedHashMap<>(alipayPaid(payId, "40.00"));
        borrowed.put("sign", signer.signAsPlatform(alipayPaid(payId, "40.01")).get("sign"));
        assertAlipayRefused(borrowed);

        assertThat(db.single("shop_pay", "SELECT pay_status FROM trade_pay WHERE pay_id = ?", Long.parseLong(payId)))
                .isEqualTo(1);
        assertThat(db.single(
                        "shop_pay",
                        "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ?",
                        Long.toString(orderId)))
                .isEqualTo(0L);
        assertThat(buyer.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("UNPAID");
        assertThat(points()).isEqualTo(pointsBefore);

        Response genuine = platform.postForm("/pay/notify/alipay", signer.signAsPlatform(alipayPaid(payId, "40.00")));
        assertThat(genuine.body()).isEqualTo("success");
        awaitPaid(orderId);
    }

    @Test
    void cancellingAPaidAlipayOrderRefundsItAtAlipay() {
        long goodsId = db.newGoods("25.00", 10);
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "25.00", 2, null, null))); // 50.00 + 10.00
        JsonNode payment = createPayment(orderId, "ALIPAY");
        String payId = payment.get("payId").asText();
        assertThat(alipay.postQuery("/alipay/sandbox/pay?out_trade_no=" + payId).status())
                .isEqualTo(200);
        awaitPaid(orderId);

        Response cancelled = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("orderStatus").asText()).isEqualTo("REFUNDED");

        JsonNode trade = alipay.get("/alipay/sandbox/trades/" + payId).json();
        assertThat(trade.get("refundedAmount").asText()).isEqualTo("60.00");
        assertThat(trade.get("tradeStatus").asText()).as("refunded in full").isEqualTo("TRADE_CLOSED");
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(db.single(
                                "shop_pay", "SELECT refund_status FROM trade_refund WHERE order_id = ?", orderId))
                        .as("settled by the refund query")
                        .isEqualTo(1));
        await().atMost(SOON).untilAsserted(() -> assertThat(db.stockOf(goodsId)).isEqualTo(10));
    }

    @Test
    void theSameNotificationFiveTimesAndConcurrentlyHasOneEffect() throws Exception {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        String payId = createPayment(orderId).get("payId").asText();
        int pointsBefore = points();
        String notification = SignedNotification.paid(payId, 4000, "4200000001" + payId.substring(0, 8))
                .signed();

        ExecutorService platformThreads = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> replies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replies.add(platformThreads.submit(() -> {
                start.await();
                return platform.postXml("/pay/notify/wechat", notification);
            }));
        }
        start.countDown();
        for (Future<Response> reply : replies) {
            Response answer = reply.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("<return_code><![CDATA[SUCCESS]]></return_code>");
        }
        platformThreads.shutdown();

        awaitPaid(orderId);
        await().atMost(SOON).untilAsserted(() -> assertThat(points()).isEqualTo(pointsBefore + 40));
        assertThat(db.single("shop_user", "SELECT COUNT(*) FROM trade_user_score_log WHERE order_id = ?", orderId))
                .isEqualTo(1L);
        assertThat(db.single(
                        "shop_pay",
                        "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ?",
                        Long.toString(orderId)))
                .isEqualTo(1L);
    }

    @Test
    void forgedTamperedForeignUnknownAndHostileNotificationsAreRefusedAndChangeNothing() {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        String payId = createPayment(orderId).get("payId").asText();
        int pointsBefore = points();

        assertRefused(SignedNotification.paid(payId, 4000, "t1").signedWith("0123456789abcdef0123456789abcdef"));
        assertRefused(SignedNotification.paid(payId, 4000, "t2").signedThenTampered("total_fee", "1"));
        assertRefused(SignedNotification.paid(payId, 1, "t3").signed());
        assertRefused(SignedNotification.paid(payId, 4000, "t4")
                .with("mch_id", "19999999")
                .signed());
        assertRefused(SignedNotification.paid(payId, 4000, "t5")
                .with("appid", "wx0000000000000000")
                .signed());
        assertRefused(SignedNotification.paid("987654321987", 4000, "t6").signed());
        assertRefused("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><return_code>&xxe;</return_code><out_trade_no>" + payId + "</out_trade_no></xml>");
        assertRefused("not xml at all");

        assertThat(db.single("shop_pay", "SELECT pay_status FROM trade_pay WHERE pay_id = ?", Long.parseLong(payId)))
                .isEqualTo(1);
        assertThat(buyer.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("UNPAID");
        assertThat(points()).isEqualTo(pointsBefore);
    }

    @Test
    void aFailureNotificationIsAcknowledgedAndRecordedAndTheOrderCanStillBePaid() {
        long orderId = confirmedOrder("30.00", 1, null, null); // 40.00
        String payId = createPayment(orderId).get("payId").asText();
        int pointsBefore = points();

        Response reply = platform.postXml(
                "/pay/notify/wechat",
                SignedNotification.failed(payId, "NOTENOUGH", "余额不足").signed());
        assertThat(reply.body()).contains("<return_code><![CDATA[SUCCESS]]></return_code>");
        assertRefused(
                SignedNotification.failed("987654321987", "NOTENOUGH", "余额不足").signed());
        assertRefused(
                SignedNotification.failed(payId, "NOTENOUGH", "余额不足").signedWith("0123456789abcdef0123456789abcdef"));

        JsonNode payment = buyerPays.get("/api/payments/" + payId).json();
        assertThat(payment.get("payStatus").asText()).isEqualTo("PAYING");
        assertThat(payment.get("errCode").asText()).isEqualTo("NOTENOUGH");
        assertThat(payment.get("errCodeDes").asText()).isEqualTo("余额不足");
        assertThat(buyer.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("UNPAID");
        assertThat(db.single(
                        "shop_pay",
                        "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ?",
                        Long.toString(orderId)))
                .isEqualTo(0L);
        assertThat(points()).isEqualTo(pointsBefore);

        payInSandbox(createPayment(orderId).get("codeUrl").asText());
        awaitPaid(orderId);
    }

    @Test
    void anOrderShowsThePaymentThatPaidItAndItsPaymentsAreListedToItsBuyerOnly() {
        long orderId = confirmedOrder("30.00", 1, null, null);
        assertThat(buyer.get("/api/orders/" + orderId).json().has("payId"))
                .as("not paid yet")
                .isFalse();
        String payId = createPayment(orderId).get("payId").asText();
        payInSandbox(createPayment(orderId).get("codeUrl").asText());
        awaitPaid(orderId);

        String transactionId = sandbox.get("/sandbox/trades/" + payId)
                .json()
                .get("transactionId")
                .asText();
        JsonNode order = buyer.get("/api/orders/" + orderId).json();
        assertThat(order.get("payId").asText()).isEqualTo(payId);
        assertThat(order.get("channel").asText()).isEqualTo("WECHAT");
        assertThat(order.get("transactionId").asText()).isNotEmpty().isEqualTo(transactionId);

        JsonNode listed = buyerPays.get("/api/payments?orderId=" + orderId).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("payId").asText()).isEqualTo(payId);
        assertThat(listed.get(0).get("payStatus").asText()).isEqualTo("PAID");

        Shopper other = db.newShopper();
        Response othersView =
                stack.login(other.name(), PASSWORD).at(stack.payWebUrl()).get("/api/payments?orderId=" + orderId);
        assertThat(othersView.status()).isEqualTo(200);
        assertThat(othersView.json())
                .as("another user's order has no payments for them")
                .isEmpty();
    }

    @Test
    void paymentsWhoseNotificationsAreLostAreFoundByReconciliation() {
        long orderId = confirmedOrder("30.00", 1, null, null);
        JsonNode payment = createPayment(orderId);
        assertThat(sandbox.postQuery("/sandbox/notifications?mode=drop").status())
                .isEqualTo(200);
        try {
            payInSandbox(payment.get("codeUrl").asText());
            awaitPaid(orderId);
        } finally {
            sandbox.postQuery("/sandbox/notifications?mode=deliver");
        }
    }

    @Test
    void aNotificationDuringABrokerOutageIsRelayedOnceTheBrokerIsBack() {
        long orderId = confirmedOrder("30.00", 1, null, null);
        JsonNode payment = createPayment(orderId);
        long payId = Long.parseLong(payment.get("payId").asText());

        stack.stopBroker();
        try {
            payInSandbox(payment.get("codeUrl").asText());
            await().atMost(SOON)
                    .untilAsserted(() -> assertThat(
                                    db.single("shop_pay", "SELECT pay_status FROM trade_pay WHERE pay_id = ?", payId))
                            .isEqualTo(2));
            assertThat(db.single(
                            "shop_pay",
                            "SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ?",
                            Long.toString(orderId)))
                    .as("the event waits in the outbox")
                    .isEqualTo(0);
            assertThat(buyer.get("/api/orders/" + orderId)
                            .json()
                            .get("payStatus")
                            .asText())
                    .isEqualTo("UNPAID");
        } finally {
            stack.startBroker();
        }

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(buyer.get("/api/orders/" + orderId)
                                .json()
                                .get("payStatus")
                                .asText())
                        .isEqualTo("PAID"));
    }

    @Test
    void anUnpaidOrderTimesOutAndEverythingComesBack() {
        long goodsId = db.newGoods("30.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        BigDecimal balance = db.balanceOf(shopper.id());
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "30.00", 2, couponId, "3.00")));
        String payId = createPayment(orderId).get("payId").asText();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(db.orderStatus(orderId)).isEqualTo(3));
        await().atMost(SOON).untilAsserted(() -> {
            assertThat(db.stockOf(goodsId)).isEqualTo(10);
            assertThat(db.couponHolder(couponId)).isNull();
            assertThat(db.balanceOf(shopper.id())).isEqualByComparingTo(balance);
        });
        assertThat(db.single("shop_pay", "SELECT pay_status FROM trade_pay WHERE pay_id = ?", Long.parseLong(payId)))
                .as("the payment closed")
                .isEqualTo(3);
        assertThat(sandbox.get("/sandbox/trades/" + payId)
                        .json()
                        .get("tradeState")
                        .asText())
                .isEqualTo("CLOSED");
        assertThat(buyer.get("/api/orders/" + orderId).json().get("orderStatus").asText())
                .isEqualTo("INVALID");
    }

    @Test
    void aPaymentMadeBeforeTheTimeoutEndsPaidNotInvalidated() {
        long orderId = confirmedOrder("30.00", 1, null, null);
        payInSandbox(createPayment(orderId).get("codeUrl").asText());
        awaitPaid(orderId);

        // past the payment timeout of the test stack
        await().pollDelay(Duration.ofSeconds(ShopStack.PAYMENT_TIMEOUT_SECONDS + 5))
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(db.orderStatus(orderId)).isEqualTo(1));
        assertThat(buyer.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("PAID");
    }

    @Test
    void cancellingAPaidOrderRefundsItThroughThePlatformAndGivesEverythingBack() {
        long goodsId = db.newGoods("60.00", 10);
        long couponId = db.newCoupon(shopper.id(), "5.00");
        BigDecimal balance = db.balanceOf(shopper.id());
        int pointsBefore = points();
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "60.00", 2, couponId, "10.00")));
        String payId = createPayment(orderId).get("payId").asText(); // 120.00 - 5.00 - 10.00 = 105.00
        payInSandbox(createPayment(orderId).get("codeUrl").asText());
        awaitPaid(orderId);
        await().atMost(SOON).untilAsserted(() -> assertThat(points()).isEqualTo(pointsBefore + 105));

        Response cancelled = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("orderStatus").asText()).isEqualTo("REFUNDED");

        await().atMost(SOON).untilAsserted(() -> {
            assertThat(db.stockOf(goodsId)).isEqualTo(10);
            assertThat(db.couponHolder(couponId)).isNull();
            assertThat(db.balanceOf(shopper.id())).isEqualByComparingTo(balance);
            assertThat(points()).as("the points it earned are taken back").isEqualTo(pointsBefore);
        });
        assertThat((BigDecimal)
                        db.single("shop_pay", "SELECT refund_amount FROM trade_refund WHERE order_id = ?", orderId))
                .isEqualByComparingTo("105.00");
        assertThat(sandbox.get("/sandbox/trades/" + payId)
                        .json()
                        .get("tradeState")
                        .asText())
                .isEqualTo("REFUND");
        Response twice = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().get("orderStatus").asText()).isEqualTo("REFUNDED");
        assertThat(db.single("shop_pay", "SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", orderId))
                .isEqualTo(1L);
    }

    @Test
    void aCancelledPaidOrderIsRefundedOverMutualTlsAndSucceedsWhenTheRefundIsNotified() {
        long goodsId = db.newGoods("25.00", 10);
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "25.00", 2, null, null)));
        String payId = createPayment(orderId).get("payId").asText();
        payInSandbox(createPayment(orderId).get("codeUrl").asText());
        awaitPaid(orderId);

        Response cancelled = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("orderStatus").asText()).isEqualTo("REFUNDED");

        // the sandbox takes /secapi/pay/refund only over mutual TLS, then posts the encrypted outcome to pay-web
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(db.single(
                                "shop_pay", "SELECT refund_status FROM trade_refund WHERE order_id = ?", orderId))
                        .isEqualTo(1));
        JsonNode refund =
                sandbox.get("/sandbox/trades/" + payId).json().get("refunds").get(0);
        assertThat(refund.get("refundStatus").asText()).isEqualTo("SUCCESS");
        BigDecimal refunded = (BigDecimal)
                db.single("shop_pay", "SELECT refund_amount FROM trade_refund WHERE order_id = ?", orderId);
        assertThat(refund.get("refundFee").asLong())
                .isEqualTo(refunded.movePointRight(2).longValueExact());
        assertThat(db.single("shop_pay", "SELECT gateway_refund_id FROM trade_refund WHERE order_id = ?", orderId))
                .isEqualTo(refund.get("refundId").asText());
        assertThat(db.single(
                        "shop_pay",
                        "SELECT COUNT(*) FROM trade_refund WHERE order_id = ? AND accept_time IS NOT NULL"
                                + " AND failure_reason IS NULL",
                        orderId))
                .isEqualTo(1L);
    }

    @Test
    void cancellingAnUnpaidOrderClosesItsTradeAndAPaymentThatCrossesTheCloseIsRefunded() {
        long goodsId = db.newGoods("30.00", 10);
        long orderId = orderIdOf(buyer.post("/api/orders", order(goodsId, "30.00", 1, null, null)));
        String payId = createPayment(orderId).get("payId").asText();

        Response cancelled = buyer.post("/api/orders/" + orderId + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("orderStatus").asText()).isEqualTo("CANCELLED");
        assertThat(sandbox.get("/sandbox/trades/" + payId)
                        .json()
                        .get("tradeState")
                        .asText())
                .isEqualTo("CLOSED");
        await().atMost(SOON).untilAsserted(() -> assertThat(db.stockOf(goodsId)).isEqualTo(10));

        // the payer's money arrives anyway (payment and close crossed at the platform): answered, then refunded
        assertThat(sandbox.postQuery("/sandbox/pay?force=true&out_trade_no=" + payId)
                        .status())
                .isEqualTo(200);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(db.rows(
                                "shop_pay",
                                "SELECT refund_id FROM trade_refund WHERE order_id = ? AND refund_status = 1",
                                orderId))
                        .hasSize(1));
        assertThat(db.orderStatus(orderId)).isEqualTo(2);
        assertThat(buyer.get("/api/orders/" + orderId).json().get("payStatus").asText())
                .isEqualTo("UNPAID");
    }

    private long confirmedOrder(String price, int quantity, Long couponId, String moneyPaid) {
        long goodsId = db.newGoods(price, 100);
        Response confirmed = buyer.post("/api/orders", order(goodsId, price, quantity, couponId, moneyPaid));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        return orderIdOf(confirmed);
    }

    private JsonNode createPayment(long orderId, String channel) {
        Response created =
                buyerPays.post("/api/payments", Map.of("orderId", Long.toString(orderId), "channel", channel));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        return created.json();
    }

    /** A notification that the Alipay trade was paid, unsigned. */
    private static Map<String, String> alipayPaid(String payId, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", "2026-12-01 12:00:01");
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        fields.put("app_id", AlipaySandbox.DEVELOPMENT_APP_ID);
        fields.put("charset", "utf-8");
        fields.put("version", "1.0");
        fields.put("sign_type", "RSA2");
        fields.put("trade_no", "2026120122001" + payId.substring(0, 8));
        fields.put("out_trade_no", payId);
        fields.put("trade_status", "TRADE_SUCCESS");
        fields.put("total_amount", amount);
        fields.put("gmt_payment", "2026-12-01 12:00:00");
        return fields;
    }

    private void assertAlipayRefused(Map<String, String> notification) {
        Response reply = platform.postForm("/pay/notify/alipay", notification);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).as(notification.toString()).isEqualTo("failure");
    }

    private JsonNode createPayment(long orderId) {
        Response created = buyerPays.post("/api/payments", Map.of("orderId", Long.toString(orderId)));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        return created.json();
    }

    private void payInSandbox(String codeUrl) {
        Response paid =
                sandbox.postQuery("/sandbox/pay?code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    private void payInSandboxByTradeNo(String payId) {
        Response paid = sandbox.postQuery("/sandbox/pay?out_trade_no=" + payId);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    private void awaitPaid(long orderId) {
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(buyer.get("/api/orders/" + orderId)
                                .json()
                                .get("payStatus")
                                .asText())
                        .isEqualTo("PAID"));
    }

    private void assertRefused(String notification) {
        Response reply = platform.postXml("/pay/notify/wechat", notification);
        assertThat(reply.body()).as(notification).contains("FAIL").doesNotContain("<return_code><![CDATA[SUCCESS]]>");
    }

    private int points() {
        return ((Number) db.single("shop_user", "SELECT user_score FROM trade_user WHERE user_id = ?", shopper.id()))
                .intValue();
    }
}
