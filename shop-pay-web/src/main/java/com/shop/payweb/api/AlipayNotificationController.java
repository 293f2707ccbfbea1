package com.shop.payweb.api;

import com.shop.api.AlipayNotificationService;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alipay's callback: a form, no bearer token, its RSA2 signature the authentication, checked by the pay service with
 * everything else. The answer is the plain text Alipay reads: {@code success} stops its retries, {@code failure} does
 * not; when the pay service cannot be reached the answer is 503 and Alipay retries.
 */
@Hidden
@RestController
public class AlipayNotificationController {

    static final String FAILURE = "failure";
    private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final AlipayNotificationService notifications;

    public AlipayNotificationController(AlipayNotificationService notifications) {
        this.notifications = notifications;
    }

    /**
     * The form is read as the servlet decodes it (UTF-8) and passed on form-encoded again; a field given twice is no
     * notification Alipay sends, and is refused here.
     */
    @PostMapping(path = "/pay/notify/alipay")
    public ResponseEntity<String> alipay(@RequestParam MultiValueMap<String, String> form) {
        if (form.values().stream().anyMatch(values -> values.size() != 1)) {
            return ResponseEntity.ok().contentType(TEXT_UTF8).body(FAILURE);
        }
        String body = form.entrySet().stream()
                .map(field ->
                        encode(field.getKey()) + "=" + encode(field.getValue().get(0)))
                .collect(Collectors.joining("&"));
        return ResponseEntity.ok().contentType(TEXT_UTF8).body(notifications.handleAlipayNotification(body));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
