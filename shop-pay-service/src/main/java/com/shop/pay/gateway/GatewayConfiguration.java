package com.shop.pay.gateway;

import com.shop.pay.domain.JsapiSigner;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.RefundGateway;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WechatPayProperties.class, WechatRefundProperties.class})
class GatewayConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PaymentGateway paymentGateway(WechatPayProperties properties) {
        return new WechatPayClient(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    JsapiSigner jsapiSigner(WechatPayProperties properties) {
        return new WechatJsapiSigner(properties, Clock.systemUTC());
    }

    /** The merchant certificate is read here, so a missing or unreadable one stops the service at startup. */
    @Bean
    @ConditionalOnMissingBean
    RefundGateway refundGateway(WechatPayProperties properties, WechatRefundProperties refund,
                                @Value("${shop.dev-mode:false}") boolean developmentMode) {
        MerchantTls.requireDevelopmentTrustAllowed(refund, developmentMode);
        return new WechatPayRefunds(properties, refund, refund.getCertPath().isBlank() ? null
                : MerchantTls.context(refund, properties.getMchId(), developmentMode));
    }
}
