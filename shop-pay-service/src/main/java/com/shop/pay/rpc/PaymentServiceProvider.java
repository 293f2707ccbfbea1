package com.shop.pay.rpc;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.pay.application.PaymentQueries;
import com.shop.pay.domain.Payment;
import com.shop.pojo.pay.PaymentView;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the payment capability. */
@DubboService(version = ServiceVersions.V1)
public class PaymentServiceProvider implements PaymentService {

    private final PaymentQueries queries;

    public PaymentServiceProvider(PaymentQueries queries) {
        this.queries = queries;
    }

    @Override
    public PaymentView getPayment(long userId, long payId) {
        return toView(queries.getPayment(userId, payId));
    }

    private static PaymentView toView(Payment payment) {
        return PaymentView.builder()
                .payId(payment.getPayId())
                .orderId(payment.getOrderId())
                .userId(payment.getUserId())
                .payAmount(payment.getPayAmount())
                .payStatus(payment.getPayStatus())
                .codeUrl(payment.getCodeUrl())
                .createTime(payment.getCreateTime())
                .payTime(payment.getPayTime())
                .build();
    }
}
