package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.FakePaymentService;
import com.shop.payweb.support.PayWebTestBase;
import java.nio.charset.StandardCharsets;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The platform's callback: no token, the body handed to the pay service as sent, its XML answer returned. */
class PaymentNotificationApiTest extends PayWebTestBase {

    private static final String NOTIFICATION =
            "<xml><out_trade_no><![CDATA[42]]></out_trade_no>" + "<attach><![CDATA[店铺 ünïcode]]></attach></xml>";

    @Test
    void aNotificationNeedsNoTokenAndGetsThePayServicesAnswerAsXml() throws Exception {
        mvc.perform(post("/pay/notify/wechat")
                        .contentType(MediaType.TEXT_XML)
                        .content(NOTIFICATION.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().string(FakePaymentService.NOTIFICATION_REPLY));

        assertThat(PAYMENTS.notifications()).containsExactly(NOTIFICATION);
    }

    @Test
    void aStaleTokenSentAlongDoesNotBlockTheCallback() throws Exception {
        mvc.perform(post("/pay/notify/wechat")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                        .contentType(MediaType.TEXT_XML)
                        .content(NOTIFICATION.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    @Test
    void anEmptyBodyIsPassedOnForThePayServiceToRefuse() throws Exception {
        mvc.perform(post("/pay/notify/wechat").contentType(MediaType.TEXT_XML)).andExpect(status().isOk());

        assertThat(PAYMENTS.notifications()).containsExactly("");
    }

    @Test
    void anOversizedBodyIsRefusedUnread() throws Exception {
        byte[] huge = ("<xml><a>" + "x".repeat(20 * 1024) + "</a></xml>").getBytes(StandardCharsets.UTF_8);

        mvc.perform(post("/pay/notify/wechat").contentType(MediaType.TEXT_XML).content(huge))
                .andExpect(problem(413, "PAYLOAD_TOO_LARGE"));
        assertThat(PAYMENTS.calls()).isZero();
    }

    @Test
    void anUnreachablePayServiceIsUnavailableSoThePlatformRetries() throws Exception {
        PAYMENTS.failWith(new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout"));

        mvc.perform(post("/pay/notify/wechat")
                        .contentType(MediaType.TEXT_XML)
                        .content(NOTIFICATION.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isServiceUnavailable());
    }
}
