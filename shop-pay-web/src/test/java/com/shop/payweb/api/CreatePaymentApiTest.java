package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.payweb.support.PayWebTestBase;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.TradeType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CreatePaymentApiTest extends PayWebTestBase {

    private static final long ORDER_ID = 7_312_345_678_901_230_001L;
    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    @Test
    void opensThePaymentOfTheCallersOrderAndPointsAtIt() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/payments/" + (ORDER_ID + 1)))
                .andExpect(jsonPath("$.payId").value(Long.toString(ORDER_ID + 1)))
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER_ID)))
                .andExpect(jsonPath("$.payStatus").value("PAYING"))
                .andExpect(jsonPath("$.codeUrl").value("weixin://wxpay/bizpayurl?pr=fake" + (ORDER_ID + 1)));
    }

    @Test
    void anAmountOrUserInTheBodyIsIgnored() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\",\"payAmount\":0.01,\"userId\":2}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.payAmount").value(12.30))
                .andExpect(jsonPath("$.userId").value(ALICE));
    }

    @Test
    void anotherUsersOrderIsNotFound() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(BOB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\"}"))
                .andExpect(problem(404, "ORDER_NOT_FOUND"));
    }

    @Test
    void aPaidOrderIsAConflict() throws Exception {
        PAYMENTS.failWith(new OrderAlreadyPaidException("order is paid"));

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\"}"))
                .andExpect(problem(409, "ORDER_ALREADY_PAID"));
    }

    @Test
    void aMissingMalformedOrOutOfRangeOrderIdIsInvalidAndReachesNoService() throws Exception {
        for (String body : new String[] {
            "{}",
            "{\"orderId\":\"abc\"}",
            "{\"orderId\":\"-5\"}",
            "{\"orderId\":\"0\"}",
            "{\"orderId\":\"99999999999999999999\"}",
            "{\"orderId\":\"9223372036854775808\"}",
            "not json"
        }) {
            mvc.perform(post("/api/payments")
                            .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(problem(400, "INVALID_REQUEST"));
        }
        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void aJsapiPaymentForThePayersOpenIdAnswersTheSignedPageParameters() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\",\"tradeType\":\"JSAPI\",\"openId\":\"" + OPEN_ID
                                + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tradeType").value("JSAPI"))
                .andExpect(jsonPath("$.channel").value("WECHAT"))
                .andExpect(jsonPath("$.codeUrl").doesNotExist())
                .andExpect(jsonPath("$.jsapi.appId").value("wxd930ea5d5a258f4f"))
                .andExpect(jsonPath("$.jsapi.timeStamp").value("1764600000"))
                .andExpect(jsonPath("$.jsapi.nonceStr").value("fakenonce"))
                .andExpect(jsonPath("$.jsapi.package").value("prepay_id=fake" + (ORDER_ID + 1)))
                .andExpect(jsonPath("$.jsapi.signType").value("HMAC-SHA256"))
                .andExpect(jsonPath("$.jsapi.paySign").value("FAKESIGN"));

        assertThat(PAYMENTS.lastMethod())
                .isEqualTo(PaymentMethod.builder()
                        .channel(PayChannel.WECHAT)
                        .tradeType(TradeType.JSAPI)
                        .openId(OPEN_ID)
                        .build());
    }

    @Test
    void withoutATradeTypeAPaymentIsAWechatQrCode() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);

        mvc.perform(post("/api/payments")
                        .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tradeType").value("NATIVE"))
                .andExpect(jsonPath("$.jsapi").doesNotExist());

        assertThat(PAYMENTS.lastMethod()).isEqualTo(PaymentMethod.wechatNative());
    }

    @Test
    void aJsapiPaymentWithoutAWellFormedOpenIdOrAnOpenIdElsewhereIsInvalidAndReachesNoService() throws Exception {
        PAYMENTS.payableOrder(ALICE, ORDER_ID);
        String order = "{\"orderId\":\"" + ORDER_ID + "\"";
        for (String body : new String[] {
            order + ",\"tradeType\":\"JSAPI\"}",
            order + ",\"tradeType\":\"JSAPI\",\"openId\":\"\"}",
            order + ",\"tradeType\":\"JSAPI\",\"openId\":\"o<script>\"}",
            order + ",\"tradeType\":\"JSAPI\",\"openId\":\"" + "o".repeat(129) + "\"}",
            order + ",\"tradeType\":\"NATIVE\",\"openId\":\"" + OPEN_ID + "\"}",
            order + ",\"openId\":\"" + OPEN_ID + "\"}",
            order + ",\"tradeType\":\"APP\"}",
            order + ",\"tradeType\":\"jsapi\",\"openId\":\"" + OPEN_ID + "\"}",
            order + ",\"channel\":\"PAYPAL\"}"
        }) {
            mvc.perform(post("/api/payments")
                            .header(HttpHeaders.AUTHORIZATION, bearer(ALICE))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(problem(400, "INVALID_REQUEST"));
        }
        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void payingNeedsAToken() throws Exception {
        mvc.perform(post("/api/payments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + ORDER_ID + "\"}"))
                .andExpect(problem(401, "UNAUTHENTICATED"));
        assertThat(PAYMENTS.calls()).isZero();
    }
}
