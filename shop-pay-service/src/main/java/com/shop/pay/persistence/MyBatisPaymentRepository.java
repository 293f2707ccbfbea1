package com.shop.pay.persistence;

import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import java.time.Duration;
import java.util.Date;
import java.util.List;
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

    @Override
    public List<Payment> findRecent(int limit) {
        return mapper.findRecent(limit);
    }

    @Override
    public List<Payment> findUserPaymentsOfOrder(long userId, long orderId) {
        return mapper.findByUserAndOrder(userId, orderId);
    }

    @Override
    public Optional<Payment> findOpenPayment(long orderId) {
        return Optional.ofNullable(mapper.findOpenByOrder(orderId));
    }

    @Override
    public Optional<Payment> findPaidPayment(long orderId) {
        return Optional.ofNullable(mapper.findPaidByOrder(orderId));
    }

    @Override
    public List<Payment> findPaidPayments(long orderId) {
        return mapper.findAllPaidByOrder(orderId);
    }

    @Override
    public boolean insertOpen(Payment payment) {
        return mapper.insertOpen(payment) == 1;
    }

    @Override
    public boolean attachTrade(long payId, String codeUrl, String prepayId) {
        return mapper.attachTrade(payId, codeUrl, prepayId) == 1;
    }

    @Override
    public boolean markPaid(long payId, String transactionId, Date paidAt) {
        return mapper.markPaid(payId, transactionId, paidAt) == 1;
    }

    @Override
    public boolean markPaidAfterClose(long payId, String transactionId, Date paidAt) {
        return mapper.markPaidAfterClose(payId, transactionId, paidAt) == 1;
    }

    @Override
    public boolean recordFailure(long payId, String errCode, String errCodeDes) {
        return mapper.recordFailure(payId, errCode, errCodeDes) == 1;
    }

    @Override
    public boolean markClosed(long payId) {
        return mapper.markClosed(payId) == 1;
    }

    @Override
    public List<Payment> findPayingOlderThan(Duration age, long afterPayId, int limit) {
        return mapper.findPayingOlderThan(age.toMillis(), afterPayId, limit);
    }
}
