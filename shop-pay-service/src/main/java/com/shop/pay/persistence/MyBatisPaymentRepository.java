package com.shop.pay.persistence;

import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisPaymentRepository implements PaymentRepository {

    private final PaymentMapper mapper;

    public MyBatisPaymentRepository(PaymentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Payment> findPayment(long payId) {
        return Optional.ofNullable(mapper.findById(payId));
    }
}
