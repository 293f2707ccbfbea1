package com.shop.payweb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.PayWebTestBase;
import java.nio.charset.StandardCharsets;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Alipay's callback: a form with no token, handed to the pay service, its plain-text answer returned. */
class AlipayNotificationApiTest extends PayWebTestBase {

    private static final String FORM =
            "out_trade_no=42&subject=%E5%BA%97%E9%93%BA+%C3%BC&sign=a%2Bb%2Fc%3D%3D" + "&trade_status=TRADE_SUCCESS";

    @Test
    void aNotificationNeedsNoTokenAndGetsThePayServicesPlainAnswer() throws Exception {
        mvc.perform(post("/pay/notify/alipay")
                        .contentType("application/x-www-form-urlencoded; charset=utf-8")
                        .content(FORM.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("success"));

        assertThat(ALIPAY_NOTIFICATIONS.forms()).hasSize(1);
        String passed = ALIPAY_NOTIFICATIONS.forms().get(0);
        assertThat(passed)
                .contains("out_trade_no=42", "trade_status=TRADE_SUCCESS", "sign=a%2Bb%2Fc%3D%3D")
                .contains("subject=" + java.net.URLEncoder.encode("店铺 ü", StandardCharsets.UTF_8));
    }

    @Test
    void aFieldGivenTwiceIsAFailureAndReachesNoService() throws Exception {
        mvc.perform(post("/pay/notify/alipay")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(FORM + "&out_trade_no=43"))
                .andExpect(status().isOk())
                .andExpect(content().string("failure"));

        assertThat(ALIPAY_NOTIFICATIONS.forms()).isEmpty();
    }

    @Test
    void anUnreachablePayServiceIsUnavailableSoAlipayRetries() throws Exception {
        ALIPAY_NOTIFICATIONS.failWith(new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout"));

        mvc.perform(post("/pay/notify/alipay")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(FORM))
                .andExpect(status().isServiceUnavailable());
    }
}
