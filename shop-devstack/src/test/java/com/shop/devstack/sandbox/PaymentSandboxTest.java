package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.shop.infra.FreePorts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The sandbox over loopback HTTP, with a merchant signing requests and a notify receiver of its own. */
class PaymentSandboxTest extends SandboxTestBase {

    @Test
    void listensOnLoopback() {
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
        assertThat(sandbox.port()).isPositive();
        assertThat(sandbox.name()).isEqualTo("payment sandbox");
    }

    @Test
    void aUnifiedOrderGetsASignedCodeUrlAndTheSameAnswerAgain() {
        String outTradeNo = tradeNo();

        Map<String, String> ordered = merchant.unifiedOrder(outTradeNo, 1000, receiver.url());

        assertThat(ordered)
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "SUCCESS")
                .containsEntry("appid", MERCHANT.appId())
                .containsEntry("mch_id", MERCHANT.mchId())
                .containsEntry("trade_type", "NATIVE")
                .containsKey("nonce_str")
                .doesNotContainKey("sign_type");
        assertThat(WxPaySignature.matches(ordered, MERCHANT.key(), SignType.MD5))
                .as("signed with the key")
                .isTrue();
        assertThat(ordered.get("code_url")).matches("weixin://wxpay/bizpayurl\\?pr=[A-Za-z0-9]{10}");
        assertThat(ordered.get("prepay_id")).matches("wx\\d{14}[0-9a-f]{20}");

        Map<String, String> again = merchant.unifiedOrder(outTradeNo, 1000, receiver.url());
        assertThat(again.get("prepay_id")).isEqualTo(ordered.get("prepay_id"));
        assertThat(again.get("code_url")).isEqualTo(ordered.get("code_url"));
        assertThat(again.get("nonce_str")).isNotEqualTo(ordered.get("nonce_str"));

        Map<String, String> otherFee = merchant.unifiedOrder(outTradeNo, 999, receiver.url());
        assertThat(otherFee)
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "OUT_TRADE_NO_USED");
        assertThat(otherFee.get("err_code_des")).contains("1000");
        assertThat(WxPaySignature.matches(otherFee, MERCHANT.key(), SignType.MD5))
                .isTrue();
    }

    @Test
    void answersAnHmacRequestWithHmac() {
        Map<String, String> ordered = merchant.call(
                "/pay/unifiedorder", MerchantClient.orderFields(tradeNo(), 1, receiver.url()), SignType.HMAC_SHA256);

        assertThat(ordered).containsEntry("result_code", "SUCCESS").containsEntry("sign_type", "HMAC-SHA256");
        assertThat(WxPaySignature.matches(ordered, MERCHANT.key(), SignType.HMAC_SHA256))
                .isTrue();
    }

    @Test
    void refusesMissingOrWrongParameters() {
        Map<String, String> fields = MerchantClient.orderFields(tradeNo(), 0, receiver.url());
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5))
                .containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "PARAM_ERROR");

        fields = MerchantClient.orderFields(tradeNo(), 100, receiver.url());
        fields.put("trade_type", "JSAPI");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5).get("err_code_des"))
                .contains("openid");
        fields.put("openid", "oBuyer");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5))
                .containsEntry("result_code", "SUCCESS")
                .doesNotContainKey("code_url")
                .containsKey("prepay_id");

        fields = MerchantClient.orderFields(tradeNo(), 100, "not a url");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5).get("err_code_des"))
                .contains("notify_url");
        fields.remove("notify_url");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5).get("err_code_des"))
                .isEqualTo("notify_url is required");
    }

    @Test
    void refusesABadSignatureAForeignMerchantAndMalformedXml() {
        Map<String, String> tampered =
                merchant.signed(MerchantClient.orderFields(tradeNo(), 1000, receiver.url()), SignType.MD5);
        tampered.put("total_fee", "1");
        Map<String, String> badSignature = WxPayXml.parse(
                merchant.post("/pay/unifiedorder", WxPayXml.write(tampered)).body());
        assertThat(badSignature)
                .containsExactly(Map.entry("return_code", "FAIL"), Map.entry("return_msg", "signature mismatch"));

        Map<String, String> fields = MerchantClient.orderFields(tradeNo(), 1000, receiver.url());
        fields.put("mch_id", "10000999");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5))
                .containsEntry("return_code", "FAIL")
                .containsEntry("return_msg", "mch_id 10000999 is not this merchant's");
        fields = MerchantClient.orderFields(tradeNo(), 1000, receiver.url());
        fields.put("appid", "wx0000000000000000");
        assertThat(merchant.call("/pay/unifiedorder", fields, SignType.MD5)).containsEntry("return_code", "FAIL");

        HttpResponse<String> doctype = merchant.post(
                "/pay/orderquery",
                "<!DOCTYPE xml [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><xml><out_trade_no>&x;</out_trade_no></xml>");
        assertThat(doctype.statusCode()).isEqualTo(200);
        assertThat(WxPayXml.parse(doctype.body())).containsEntry("return_code", "FAIL");
        assertThat(WxPayXml.parse(doctype.body()).get("return_msg"))
                .startsWith("malformed XML")
                .contains("DOCTYPE");

        assertThat(merchant.post("/pay/unifiedorderX", "<xml/>").statusCode()).isEqualTo(404);
        assertThat(merchant.post("/pay/micropay", "<xml/>").statusCode()).isEqualTo(404);
        assertThat(merchant.get("/pay/unifiedorder").statusCode()).isEqualTo(405);
        assertThat(merchant.get("/sandbox/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void aPaymentIsNotifiedSignedWithTheTradesFields() throws Exception {
        String outTradeNo = tradeNo();
        String codeUrl =
                merchant.unifiedOrder(outTradeNo, 10750, receiver.url()).get("code_url");

        HttpResponse<String> paid = pay("code_url=" + URLEncoder.encode(codeUrl, StandardCharsets.UTF_8));

        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(json(paid).read("$.tradeState", String.class)).isEqualTo("SUCCESS");
        // a sandbox told of no web console lets no page read its answers (ConsoleCorsTest: one that is)
        assertThat(paid.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        Map<String, String> notification = receiver.next(SOON);
        assertThat(notification).isNotNull();
        assertThat(WxPaySignature.matches(notification, MERCHANT.key(), SignType.MD5))
                .isTrue();
        assertThat(notification)
                .doesNotContainKey("sign_type")
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "SUCCESS")
                .containsEntry("appid", MERCHANT.appId())
                .containsEntry("mch_id", MERCHANT.mchId())
                .containsEntry("openid", "oSandboxPayer000000000000000")
                .containsEntry("is_subscribe", "N")
                .containsEntry("trade_type", "NATIVE")
                .containsEntry("bank_type", "CMC")
                .containsEntry("total_fee", "10750")
                .containsEntry("cash_fee", "10750")
                .containsEntry("fee_type", "CNY")
                .containsEntry("out_trade_no", outTradeNo)
                .containsKey("nonce_str");
        assertThat(notification.get("transaction_id")).matches("4200000\\d{21}");
        assertThat(LocalDateTime.parse(notification.get("time_end"), DateTimeFormatter.ofPattern("yyyyMMddHHmmss")))
                .isCloseTo(LocalDateTime.now(ZoneId.of("Asia/Shanghai")), within(1, ChronoUnit.MINUTES));

        await().atMost(SOON).until(() -> sandboxTrade(outTradeNo).read("$.notified", Boolean.class));
        DocumentContext trade = sandboxTrade(outTradeNo);
        assertThat(trade.read("$.notifyAttempts", Integer.class)).isEqualTo(1);
        assertThat(trade.read("$.transactionId", String.class)).isEqualTo(notification.get("transaction_id"));

        Map<String, String> queried = merchant.query(outTradeNo);
        assertThat(queried)
                .containsEntry("result_code", "SUCCESS")
                .containsEntry("trade_state", "SUCCESS")
                .containsEntry("transaction_id", notification.get("transaction_id"))
                .containsEntry("time_end", notification.get("time_end"))
                .containsEntry("total_fee", "10750")
                .containsEntry("cash_fee", "10750")
                .containsEntry("bank_type", "CMC")
                .containsEntry("fee_type", "CNY")
                .containsEntry("openid", "oSandboxPayer000000000000000")
                .containsEntry("trade_type", "NATIVE");
        assertThat(WxPaySignature.matches(queried, MERCHANT.key(), SignType.MD5))
                .isTrue();

        HttpResponse<String> again = pay("out_trade_no=" + outTradeNo);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).read("$.transactionId", String.class)).isEqualTo(notification.get("transaction_id"));
        assertThat(receiver.next(Duration.ofMillis(300)))
                .as("no second payment, no second notification")
                .isNull();
    }

    @Test
    void anHmacTradeIsNotifiedWithHmacAndItsSignType() throws Exception {
        String outTradeNo = tradeNo();
        merchant.call(
                "/pay/unifiedorder", MerchantClient.orderFields(outTradeNo, 500, receiver.url()), SignType.HMAC_SHA256);

        assertThat(pay("out_trade_no=" + outTradeNo).statusCode()).isEqualTo(200);

        Map<String, String> notification = receiver.next(SOON);
        assertThat(notification).containsEntry("sign_type", "HMAC-SHA256");
        assertThat(WxPaySignature.matches(notification, MERCHANT.key(), SignType.HMAC_SHA256))
                .isTrue();
    }

    @Test
    void aNotificationNotAcknowledgedIsSentAgain() throws Exception {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 100, receiver.url());
        receiver.answer(
                new NotifyReceiver.Answer(200, NotifyReceiver.FAIL),
                new NotifyReceiver.Answer(503, NotifyReceiver.SUCCESS));

        pay("out_trade_no=" + outTradeNo);

        Map<String, String> first = receiver.next(SOON);
        Map<String, String> second = receiver.next(SOON);
        Map<String, String> third = receiver.next(SOON);
        assertThat(List.of(first, second, third))
                .allSatisfy(notification -> assertThat(notification).containsEntry("out_trade_no", outTradeNo));
        assertThat(third.get("transaction_id")).isEqualTo(first.get("transaction_id"));
        await().atMost(SOON).until(() -> sandboxTrade(outTradeNo).read("$.notified", Boolean.class));
        assertThat(sandboxTrade(outTradeNo).read("$.notifyAttempts", Integer.class))
                .isEqualTo(3);
        assertThat(receiver.next(Duration.ofMillis(300)))
                .as("acknowledged: no more attempts")
                .isNull();
    }

    @Test
    void givesUpAfterThePlatformsSixteenAttempts() throws Exception {
        String outTradeNo = tradeNo();
        String nobodyListens = "http://127.0.0.1:" + FreePorts.next() + "/pay/notify/wechat";
        merchant.unifiedOrder(outTradeNo, 100, nobodyListens);

        pay("out_trade_no=" + outTradeNo);

        await().atMost(SOON).until(() -> sandboxTrade(outTradeNo).read("$.notifyAttempts", Integer.class) == 16);
        Thread.sleep(300);
        DocumentContext trade = sandboxTrade(outTradeNo);
        assertThat(trade.read("$.notifyAttempts", Integer.class)).isEqualTo(16);
        assertThat(trade.read("$.notified", Boolean.class)).isFalse();
    }

    @Test
    void droppedNotificationsLeaveThePaymentToTheOrderQuery() throws Exception {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 100, receiver.url());
        assertThat(merchant.control("/sandbox/notifications?mode=drop").statusCode())
                .isEqualTo(200);

        assertThat(pay("out_trade_no=" + outTradeNo).statusCode()).isEqualTo(200);

        assertThat(merchant.query(outTradeNo)).containsEntry("trade_state", "SUCCESS");
        assertThat(receiver.next(Duration.ofMillis(500))).isNull();
        DocumentContext trade = sandboxTrade(outTradeNo);
        assertThat(trade.read("$.notifyAttempts", Integer.class)).isZero();
        assertThat(trade.read("$.notified", Boolean.class)).isFalse();

        HttpResponse<String> deliver = merchant.control("/sandbox/notifications?mode=deliver");
        assertThat(deliver.statusCode()).isEqualTo(200);
        assertThat(json(deliver).read("$.mode", String.class)).isEqualTo("deliver");
        String next = tradeNo();
        merchant.unifiedOrder(next, 100, receiver.url());
        pay("out_trade_no=" + next);
        assertThat(receiver.next(SOON)).containsEntry("out_trade_no", next);
        assertThat(merchant.control("/sandbox/notifications?mode=sometimes").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aClosedTradeRefusesPaymentUnlessForced() throws Exception {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 100, receiver.url());

        Map<String, String> closed = merchant.close(outTradeNo);

        assertThat(closed).containsEntry("return_code", "SUCCESS").containsEntry("result_code", "SUCCESS");
        assertThat(WxPaySignature.matches(closed, MERCHANT.key(), SignType.MD5)).isTrue();
        assertThat(merchant.query(outTradeNo))
                .containsEntry("trade_state", "CLOSED")
                .doesNotContainKey("transaction_id");
        assertThat(merchant.close(outTradeNo)).containsEntry("err_code", "ORDERCLOSED");
        assertThat(merchant.unifiedOrder(outTradeNo, 100, receiver.url())).containsEntry("err_code", "ORDERCLOSED");
        HttpResponse<String> refused = pay("out_trade_no=" + outTradeNo);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).read("$.error", String.class)).contains("closed");
        assertThat(receiver.next(Duration.ofMillis(200))).isNull();

        HttpResponse<String> forced = pay("out_trade_no=" + outTradeNo + "&force=true");

        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(merchant.query(outTradeNo)).containsEntry("trade_state", "SUCCESS");
        assertThat(receiver.next(SOON)).containsEntry("out_trade_no", outTradeNo);
    }

    @Test
    void aPaidTradeCannotBeClosedOrOrderedAgain() {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 100, receiver.url());
        pay("out_trade_no=" + outTradeNo);

        assertThat(merchant.close(outTradeNo))
                .containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "ORDERPAID");
        assertThat(merchant.unifiedOrder(outTradeNo, 100, receiver.url())).containsEntry("err_code", "ORDERPAID");
        assertThat(merchant.query(outTradeNo)).containsEntry("trade_state", "SUCCESS");
    }

    @Test
    void refundsOncePerRefundNumberAndNeverMoreThanPaid() {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 1000, receiver.url());
        assertThat(merchant.refund(outTradeNo, "R1", 1000, 1000)).containsEntry("err_code", "TRADE_STATE_ERROR");
        pay("out_trade_no=" + outTradeNo);
        assertThat(merchant.refund(outTradeNo, "R1", 999, 999)).containsEntry("err_code", "INVALID_REQUEST");
        assertThat(merchant.refund(outTradeNo, "R1", 1000, 1001)).containsEntry("err_code", "NOTENOUGH");
        assertThat(merchant.refund(outTradeNo, "R1", 1000, 0)).containsEntry("err_code", "NOTENOUGH");

        Map<String, String> refunded = merchant.refund(outTradeNo, "R1", 1000, 1000);

        assertThat(refunded)
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "SUCCESS")
                .containsEntry("out_trade_no", outTradeNo)
                .containsEntry("out_refund_no", "R1")
                .containsEntry("refund_fee", "1000")
                .containsEntry("total_fee", "1000")
                .containsEntry("cash_fee", "1000")
                .containsEntry("transaction_id", merchant.query(outTradeNo).get("transaction_id"));
        assertThat(refunded.get("refund_id")).matches("50300\\d{24}");
        assertThat(WxPaySignature.matches(refunded, MERCHANT.key(), SignType.MD5))
                .isTrue();
        assertThat(merchant.query(outTradeNo))
                .containsEntry("trade_state", "REFUND")
                .containsKey("transaction_id");

        Map<String, String> again = merchant.refund(outTradeNo, "R1", 1000, 1000);
        assertThat(again).containsEntry("result_code", "SUCCESS").containsEntry("refund_id", refunded.get("refund_id"));
        assertThat(merchant.refund(outTradeNo, "R2", 1000, 1)).containsEntry("err_code", "NOTENOUGH");
        DocumentContext trade = sandboxTrade(outTradeNo);
        assertThat(trade.read("$.refundedFee", Long.class)).isEqualTo(1000L);
        assertThat(trade.read("$.refunds.length()", Integer.class)).isEqualTo(1);
        assertThat(trade.read("$.tradeState", String.class)).isEqualTo("REFUND");
        assertThat(merchant.close(outTradeNo)).containsEntry("err_code", "ORDERPAID");
    }

    @Test
    void partialRefundsAddUpToThePaidAmount() {
        String outTradeNo = tradeNo();
        merchant.unifiedOrder(outTradeNo, 1000, receiver.url());
        pay("out_trade_no=" + outTradeNo);

        assertThat(merchant.refund(outTradeNo, "P1", 1000, 300)).containsEntry("result_code", "SUCCESS");
        assertThat(merchant.refund(outTradeNo, "P2", 1000, 701)).containsEntry("err_code", "NOTENOUGH");
        assertThat(merchant.refund(outTradeNo, "P2", 1000, 700)).containsEntry("result_code", "SUCCESS");

        assertThat(sandboxTrade(outTradeNo).read("$.refundedFee", Long.class)).isEqualTo(1000L);
    }

    @Test
    void unknownTradesAreNotFound() {
        assertThat(merchant.query("nope"))
                .containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "ORDERNOTEXIST");
        assertThat(merchant.close("nope")).containsEntry("err_code", "ORDERNOTEXIST");
        assertThat(merchant.refund("nope", "R1", 1, 1)).containsEntry("err_code", "ORDERNOTEXIST");
        assertThat(pay("out_trade_no=nope").statusCode()).isEqualTo(404);
        assertThat(pay("code_url=weixin://wxpay/bizpayurl?pr=0000000000").statusCode())
                .isEqualTo(404);
        assertThat(merchant.control("/sandbox/pay").statusCode()).isEqualTo(400);
        assertThat(merchant.get("/sandbox/trades/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void listsTheTradesAsJson() {
        String first = tradeNo();
        String second = tradeNo();
        Map<String, String> fields = MerchantClient.orderFields(first, 100, receiver.url());
        fields.put("body", "牙刷 \"soft\" \\ 2\n");
        merchant.call("/pay/unifiedorder", fields, SignType.MD5);
        String codeUrl = merchant.unifiedOrder(second, 200, receiver.url()).get("code_url");
        // pasted by hand, unencoded, as the README shows it
        pay("code_url=" + codeUrl);

        HttpResponse<String> listed = merchant.get("/sandbox/trades");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        DocumentContext trades = json(listed);
        assertThat(trades.read("$.length()", Integer.class)).isEqualTo(2);
        assertThat(trades.read("$[0].outTradeNo", String.class)).isEqualTo(first);
        assertThat(trades.read("$[0].body", String.class)).isEqualTo("牙刷 \"soft\" \\ 2\n");
        assertThat(trades.read("$[0].tradeState", String.class)).isEqualTo("NOTPAY");
        assertThat(trades.read("$[0].transactionId", String.class)).isNull();
        assertThat(trades.read("$[1].tradeState", String.class)).isEqualTo("SUCCESS");
        assertThat(trades.read("$[1].totalFee", Long.class)).isEqualTo(200L);
        assertThat(trades.read("$[1].codeUrl", String.class)).isEqualTo(codeUrl);
        assertThat(trades.read("$[1].notifyUrl", String.class)).isEqualTo(receiver.url());
        assertThat(trades.read("$[1].tradeType", String.class)).isEqualTo("NATIVE");
        assertThat(trades.read("$[1].prepayId", String.class)).startsWith("wx");
        assertThat(trades.read("$[1].refundedFee", Long.class)).isZero();
    }

    @Test
    void aPaymentRacingACloseEndsInExactlyOneOfThem() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String outTradeNo = tradeNo();
                merchant.unifiedOrder(outTradeNo, 100, receiver.url());
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> payment = racers.submit(() -> {
                    start.await();
                    return pay("out_trade_no=" + outTradeNo).statusCode();
                });
                Future<Map<String, String>> close = racers.submit(() -> {
                    start.await();
                    return merchant.close(outTradeNo);
                });
                start.countDown();

                List<Object> outcome = new ArrayList<>(List.of(
                        payment.get(),
                        close.get().get("result_code"),
                        merchant.query(outTradeNo).get("trade_state")));
                assertThat(outcome)
                        .as("round %d", round)
                        .isIn(List.of(200, "FAIL", "SUCCESS"), List.of(409, "SUCCESS", "CLOSED"));
                if (outcome.get(0).equals(409)) {
                    assertThat(close.get().get("err_code")).isNull();
                } else {
                    assertThat(close.get().get("err_code")).isEqualTo("ORDERPAID");
                }
            }
        } finally {
            racers.shutdownNow();
        }
    }

    private HttpResponse<String> pay(String query) {
        return merchant.control("/sandbox/pay?" + query);
    }

    private DocumentContext sandboxTrade(String outTradeNo) {
        return json(merchant.get("/sandbox/trades/" + outTradeNo));
    }

    private static DocumentContext json(HttpResponse<String> response) {
        return JsonPath.parse(response.body());
    }
}
