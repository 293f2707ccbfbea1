package com.shop.payweb.api;

import com.shop.api.PaymentService;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment platform's callback. No bearer token: the notification's signature is its authentication, checked by
 * the pay service with everything else. The answer is the platform's XML: SUCCESS stops its retries, FAIL (a
 * refused notification) does not; when the pay service cannot be reached the answer is 503 and the platform retries.
 */
@Hidden
@RestController
public class PaymentNotificationController {

    private static final MediaType XML_UTF8 = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final PaymentService payments;

    public PaymentNotificationController(PaymentService payments) {
        this.payments = payments;
    }

    /** Read as bytes: the platform sends UTF-8 and often no charset, which a String body would read as ISO-8859-1. */
    @PostMapping("/pay/notify/wechat")
    public ResponseEntity<String> wechat(@RequestBody(required = false) byte[] body) {
        String notification = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(XML_UTF8).body(payments.handleWechatNotification(notification));
    }
}
