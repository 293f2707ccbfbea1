package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.PayWebTestBase;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Operators read every user's payments and refunds; shoppers cannot. */
class AdminPaymentsApiTest extends PayWebTestBase {

    private static final long PAY_ID = 7_312_345_678_901_234_567L;

    @Test
    void anOperatorReadsTheLatestPaymentsAndRefundsOfEveryUser() throws Exception {
        PAYMENT_ADMIN.put(
                List.of(payment(PAY_ID, BOB), payment(PAY_ID - 1, ALICE)),
                List.of(RefundView.builder()
                        .refundId(PAY_ID + 7)
                        .orderId(11L)
                        .payId(PAY_ID - 1)
                        .refundAmount(new BigDecimal("3.5"))
                        .refundStatus(RefundStatus.FAILED)
                        .createTime(new Date(1_700_000_000_000L))
                        .failureReason("REFUNDCLOSE")
                        .build()));

        String body = mvc.perform(get("/api/admin/payments").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.payments.length()").value(2))
                .andExpect(jsonPath("$.payments[0].payId").value(Long.toString(PAY_ID)))
                .andExpect(jsonPath("$.payments[0].userId").value(BOB))
                .andExpect(jsonPath("$.payments[1].userId").value(ALICE))
                .andExpect(jsonPath("$.refunds[0].refundStatus").value("FAILED"))
                .andExpect(jsonPath("$.refunds[0].failureReason").value("REFUNDCLOSE"))
                .andExpect(jsonPath("$.refunds[0].payId").value(Long.toString(PAY_ID - 1)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"refundAmount\":3.50");

        mvc.perform(get("/api/admin/payments").param("limit", "1").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(jsonPath("$.payments.length()").value(1))
                .andExpect(jsonPath("$.refunds.length()").value(1));
    }

    @Test
    void aShopperIsForbiddenAndAStrangerUnauthenticated() throws Exception {
        mvc.perform(get("/api/admin/payments").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"));
        mvc.perform(get("/api/admin/payments")).andExpect(problem(401, "UNAUTHENTICATED"));

        assertThat(PAYMENT_ADMIN.calls()).isZero();
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefused() throws Exception {
        for (String limit : List.of("0", "101", "many")) {
            mvc.perform(get("/api/admin/payments")
                            .param("limit", limit)
                            .header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                    .andExpect(problem(400, "INVALID_REQUEST"));
        }
        assertThat(PAYMENT_ADMIN.calls()).isZero();
    }

    private static PaymentView payment(long payId, long userId) {
        return PaymentView.builder()
                .payId(payId)
                .orderId(payId + 100)
                .userId(userId)
                .payAmount(new BigDecimal("12.5"))
                .payStatus(PaymentStatus.PAID)
                .channel(PayChannel.WECHAT)
                .createTime(new Date(1_700_000_000_000L))
                .build();
    }
}
