package com.shop.payweb.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.payweb.support.PayWebTestBase;
import java.lang.reflect.ParameterizedType;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class RemoteServicesTest extends PayWebTestBase {

    @Autowired
    private ApplicationContext context;

    @Test
    void thePaymentServiceIsAVersionedUncheckedReferenceThatNeverRetries() throws Exception {
        var method = RemoteServices.class.getDeclaredMethod("paymentService");
        DubboReference reference = method.getAnnotation(DubboReference.class);

        assertThat(reference.version()).isEqualTo(ServiceVersions.V1);
        assertThat(reference.check()).isFalse();
        assertThat(reference.retries()).isZero();
        assertThat(reference.timeout()).isPositive();
        assertThat(method.getReturnType()).isEqualTo(ReferenceBean.class);
        assertThat(((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments())
                .containsExactly(PaymentService.class);
    }

    @Test
    void inTestsNoDubboReferenceIsCreatedAndTheFakeAnswersInstead() {
        assertThat(context.getBeanNamesForType(ReferenceBean.class, true, false))
                .isEmpty();
        assertThat(context.getBean("paymentService")).isSameAs(PAYMENTS);
    }
}
