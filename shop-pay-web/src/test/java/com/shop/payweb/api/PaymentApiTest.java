package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.PayWebTestBase;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import java.math.BigDecimal;
import java.util.Date;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class PaymentApiTest extends PayWebTestBase {

    private static final long PAY_ID = 9_007_199_254_740_993L; // 2^53 + 1: a JavaScript number would lose the 1
    private static final long ORDER_ID = 7_312_345_678_901_230_001L;

    @BeforeEach
    void alicesPayment() {
        PAYMENTS.put(PaymentView.builder()
                .payId(PAY_ID)
                .orderId(ORDER_ID)
                .userId(ALICE)
                .payAmount(new BigDecimal("34.5"))
                .payStatus(PaymentStatus.PAYING)
                .codeUrl("weixin://wxpay/bizpayurl?pr=abc")
                .createTime(new Date(1_700_000_000_000L))
                .build());
    }

    @Test
    void showsTheCallersPaymentWithStringIdsAndTwoDecimals() throws Exception {
        String body = mvc.perform(get("/api/payments/" + PAY_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payId").value(Long.toString(PAY_ID)))
                .andExpect(jsonPath("$.orderId").value(Long.toString(ORDER_ID)))
                .andExpect(jsonPath("$.userId").value(ALICE))
                .andExpect(jsonPath("$.payStatus").value("PAYING"))
                .andExpect(jsonPath("$.codeUrl").value("weixin://wxpay/bizpayurl?pr=abc"))
                .andExpect(jsonPath("$.createTime").value("2023-11-14T22:13:20Z"))
                .andExpect(jsonPath("$.payTime").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .contains("\"payId\":\"9007199254740993\"", "\"orderId\":\"" + ORDER_ID + "\"", "\"payAmount\":34.50");
    }

    @Test
    void listsTheCallersPaymentsOfAnOrderOldestFirst() throws Exception {
        PAYMENTS.put(PaymentView.builder()
                .payId(PAY_ID - 5)
                .orderId(ORDER_ID)
                .userId(ALICE)
                .payAmount(new BigDecimal("34.5"))
                .payStatus(PaymentStatus.CLOSED)
                .errCode("NOTENOUGH")
                .errCodeDes("balance too low")
                .build());
        PAYMENTS.put(PaymentView.builder()
                .payId(PAY_ID + 5)
                .orderId(ORDER_ID + 1)
                .userId(ALICE)
                .payAmount(BigDecimal.ONE)
                .payStatus(PaymentStatus.PAYING)
                .build());

        mvc.perform(get("/api/payments?orderId=" + ORDER_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].payId").value(Long.toString(PAY_ID - 5)))
                .andExpect(jsonPath("$[0].payStatus").value("CLOSED"))
                .andExpect(jsonPath("$[0].errCode").value("NOTENOUGH"))
                .andExpect(jsonPath("$[1].payId").value(Long.toString(PAY_ID)))
                .andExpect(jsonPath("$[1].codeUrl").value("weixin://wxpay/bizpayurl?pr=abc"));
    }

    @Test
    void anotherUsersOrderHasNoPaymentsForTheCaller() throws Exception {
        mvc.perform(get("/api/payments?orderId=" + ORDER_ID).header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void listingWithoutAnOrderIdOrWithABadOneIsInvalid() throws Exception {
        mvc.perform(get("/api/payments").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
        mvc.perform(get("/api/payments?orderId=abc").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));
    }

    @Test
    void anotherUsersPaymentDoesNotExistForTheCaller() throws Exception {
        mvc.perform(get("/api/payments/" + PAY_ID).header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(problem(404, "PAYMENT_NOT_FOUND"))
                .andExpect(jsonPath("$.codeUrl").doesNotExist());
    }

    @Test
    void anUnknownPaymentIsNotFound() throws Exception {
        mvc.perform(get("/api/payments/123").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(404, "PAYMENT_NOT_FOUND"));
    }

    @Test
    void aPayIdThatIsNotANumberIsInvalid() throws Exception {
        mvc.perform(get("/api/payments/abc").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(400, "INVALID_REQUEST"));

        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void anUnreachablePayServiceIsUnavailable() throws Exception {
        PAYMENTS.failWith(new RpcException(RpcException.NETWORK_EXCEPTION, "connection refused"));

        mvc.perform(get("/api/payments/" + PAY_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(503, "SERVICE_UNAVAILABLE"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithoutInternals() throws Exception {
        PAYMENTS.failWith(new IllegalStateException("gateway key sk_live_123 rejected"));

        String body = mvc.perform(get("/api/payments/" + PAY_ID).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(500, "INTERNAL_ERROR"))
                .andExpect(jsonPath("$.correlationId").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("sk_live_123", "IllegalStateException", "\tat ");
    }
}
