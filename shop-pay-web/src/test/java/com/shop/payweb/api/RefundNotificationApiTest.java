package com.shop.payweb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.shop.payweb.support.FakeRefundNotificationService;
import com.shop.payweb.support.PayWebTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The platform's refund callback: no token, the body handed to the pay service as sent, its XML answer returned. */
class RefundNotificationApiTest extends PayWebTestBase {

    private static final String NOTIFICATION =
            "<xml><return_code>SUCCESS</return_code><req_info>c2VjcmV0</req_info>" + "<note>店铺</note></xml>";

    @Test
    void aRefundNotificationNeedsNoTokenAndGetsThePayServicesAnswerAsXml() throws Exception {
        mvc.perform(post("/pay/notify/wechat/refund")
                        .contentType(MediaType.TEXT_XML)
                        .content(NOTIFICATION.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(content().string(FakeRefundNotificationService.REPLY));

        assertThat(REFUND_NOTIFICATIONS.received()).contains(NOTIFICATION);
    }
}
