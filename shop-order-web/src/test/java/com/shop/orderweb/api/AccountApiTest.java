package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.coupon.CouponView;
import com.shop.pojo.user.MoneyLogView;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The caller's own account and coupons: always the token's user. */
class AccountApiTest extends OrderWebTestBase {

    @Test
    void meIsTheTokensUserWithBalanceAndPoints() throws Exception {
        String body = mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(ALICE))
                .andExpect(jsonPath("$.userName").value("alice"))
                .andExpect(jsonPath("$.points").value(7))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"balance\":1000.50");

        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(jsonPath("$.userName").value("bob"))
                .andExpect(jsonPath("$.userId").value(BOB));
    }

    @Test
    void aTokenOfAUserThatNoLongerExistsFindsNoAccount() throws Exception {
        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, bearer(99L)))
                .andExpect(problem(404, "USER_NOT_FOUND"));
    }

    @Test
    void couponsAreOnlyTheCallers() throws Exception {
        long spentOn = 7_312_345_678_901_234_599L;
        COUPONS.put(CouponView.builder()
                .couponId(11L)
                .userId(ALICE)
                .couponPrice(new BigDecimal("5"))
                .build());
        COUPONS.put(CouponView.builder()
                .couponId(12L)
                .userId(ALICE)
                .couponPrice(new BigDecimal("10.5"))
                .used(true)
                .orderId(spentOn)
                .usedTime(new Date(1_700_000_000_000L))
                .build());
        COUPONS.put(CouponView.builder()
                .couponId(21L)
                .userId(BOB)
                .couponPrice(new BigDecimal("50.00"))
                .build());

        String body = mvc.perform(get("/api/coupons").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].couponId").value(11))
                .andExpect(jsonPath("$[0].used").value(false))
                .andExpect(jsonPath("$[0].orderId").doesNotExist())
                .andExpect(jsonPath("$[1].used").value(true))
                .andExpect(jsonPath("$[1].orderId").value(Long.toString(spentOn)))
                .andExpect(jsonPath("$[1].usedTime").value("2023-11-14T22:13:20Z"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body)
                .contains("\"couponPrice\":5.00")
                .contains("\"couponPrice\":10.50")
                .contains("\"orderId\":\"" + spentOn + "\"")
                .doesNotContain("50.00");
    }

    @Test
    void theMoneyLogIsTheCallersNewestFirstWithSignedAmountsAndIdsAsStrings() throws Exception {
        long orderId = 7_312_345_678_901_234_567L;
        USERS.moneyLog(
                ALICE,
                List.of(
                        MoneyLogView.builder()
                                .orderId(orderId)
                                .type("REFUNDED")
                                .amount(new BigDecimal("20"))
                                .time(new Date(1_700_000_060_000L))
                                .build(),
                        MoneyLogView.builder()
                                .orderId(orderId)
                                .type("PAID")
                                .amount(new BigDecimal("-20"))
                                .time(new Date(1_700_000_000_000L))
                                .build()));

        String body = mvc.perform(get("/api/users/me/money-log").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].type").value("REFUNDED"))
                .andExpect(jsonPath("$[0].orderId").value(Long.toString(orderId)))
                .andExpect(jsonPath("$[1].type").value("PAID"))
                .andExpect(jsonPath("$[1].time").value("2023-11-14T22:13:20Z"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"amount\":20.00").contains("\"amount\":-20.00");
        assertThat(USERS.lastMoneyLogLimit()).isEqualTo(20);

        mvc.perform(get("/api/users/me/money-log").header(HttpHeaders.AUTHORIZATION, bearer(BOB)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/users/me/money-log").param("limit", "1").header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aMoneyLogLimitOutsideOneToAHundredIsRefused() throws Exception {
        for (String limit : List.of("0", "101", "x")) {
            mvc.perform(get("/api/users/me/money-log")
                            .param("limit", limit)
                            .header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                    .andExpect(problem(400, "INVALID_REQUEST"));
        }
    }
}
