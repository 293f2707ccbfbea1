package com.shop.pay.gateway;

import com.shop.pay.domain.JsapiSigner;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.RefundGateway;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment platforms: WeChat Pay and Alipay, each with its payments and its refunds, found by channel. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WechatPayProperties.class, WechatRefundProperties.class, AlipayProperties.class})
class GatewayConfiguration {

    @Bean
    PaymentGateways paymentGateways(List<PaymentGateway> payments, List<RefundGateway> refunds) {
        return new PaymentGateways(payments, refunds);
    }

    @Bean
    PaymentGateway wechatPayments(WechatPayProperties properties) {
        return new WechatPayClient(properties);
    }

    @Bean
    JsapiSigner jsapiSigner(WechatPayProperties properties) {
        return new WechatJsapiSigner(properties, Clock.systemUTC());
    }

    /** The merchant certificate is read here, so a missing or unreadable one stops the service at startup. */
    @Bean
    RefundGateway wechatRefunds(
            WechatPayProperties properties,
            WechatRefundProperties refund,
            @Value("${shop.dev-mode:false}") boolean developmentMode) {
        MerchantTls.requireDevelopmentTrustAllowed(refund, developmentMode);
        return new WechatPayRefunds(
                properties,
                refund,
                refund.getCertPath().isBlank()
                        ? null
                        : MerchantTls.context(refund, properties.getMchId(), developmentMode));
    }

    /** The keys are read here, so a key that is not one stops the service at startup. */
    @Bean
    PaymentGateway alipayPayments(AlipayProperties properties) {
        return new AlipayTradeClient(properties);
    }

    @Bean
    RefundGateway alipayRefunds(AlipayProperties properties) {
        return new AlipayRefunds(properties);
    }
}
