package com.shop.pay.rpc;

import com.shop.api.PaymentAdminService;
import com.shop.api.ServiceVersions;
import com.shop.pay.application.PaymentBackOffice;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the operators' reading of payments. */
@DubboService(version = ServiceVersions.V1)
public class PaymentAdminServiceProvider implements PaymentAdminService {

    private final PaymentBackOffice backOffice;

    public PaymentAdminServiceProvider(PaymentBackOffice backOffice) {
        this.backOffice = backOffice;
    }

    @Override
    public List<PaymentView> recentPayments(int limit) {
        return backOffice.recentPayments(limit).stream()
                .map(PaymentServiceProvider::toView)
                .toList();
    }

    @Override
    public List<RefundView> recentRefunds(int limit) {
        return backOffice.recentRefunds(limit).stream()
                .map(PaymentServiceProvider::toView)
                .toList();
    }
}
