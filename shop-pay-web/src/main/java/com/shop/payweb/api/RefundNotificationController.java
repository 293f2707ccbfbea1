package com.shop.payweb.api;

import com.shop.api.RefundNotificationService;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment platform's refund callback. No bearer token: the notification's details are encrypted with the merchant
 * key, which the pay service checks with everything else. SUCCESS stops the platform's retries, FAIL does not; when
 * the pay service cannot be reached the answer is 503 and the platform retries.
 */
@Hidden
@RestController
public class RefundNotificationController {

    private static final MediaType XML_UTF8 = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final RefundNotificationService refunds;

    public RefundNotificationController(RefundNotificationService refunds) {
        this.refunds = refunds;
    }

    @PostMapping("/pay/notify/wechat/refund")
    public ResponseEntity<String> wechatRefund(@RequestBody(required = false) byte[] body) {
        String notification = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(XML_UTF8).body(refunds.handleWechatRefundNotification(notification));
    }
}
