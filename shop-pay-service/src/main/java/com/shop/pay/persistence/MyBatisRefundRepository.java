package com.shop.pay.persistence;

import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisRefundRepository implements RefundRepository {

    private final RefundMapper mapper;

    public MyBatisRefundRepository(RefundMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Refund> findByPayment(long payId) {
        return Optional.ofNullable(mapper.findByPayment(payId));
    }

    @Override
    public boolean insertPending(Refund refund) {
        return mapper.insertPending(refund) == 1;
    }

    @Override
    public Optional<Refund> findById(long refundId) {
        return Optional.ofNullable(mapper.findById(refundId));
    }

    @Override
    public List<Refund> findRecent(int limit) {
        return mapper.findRecent(limit);
    }

    @Override
    public boolean markAccepted(long refundId, String gatewayRefundId) {
        return mapper.markAccepted(refundId, gatewayRefundId) == 1;
    }

    @Override
    public boolean markFailed(long refundId, String failureReason) {
        return mapper.markFailed(refundId, failureReason) == 1;
    }

    @Override
    public boolean markSucceeded(long refundId, String gatewayRefundId) {
        return mapper.markSucceeded(refundId, gatewayRefundId) == 1;
    }

    @Override
    public List<Refund> findPendingOlderThan(Duration age, long afterRefundId, int limit) {
        return mapper.findPendingOlderThan(age.toMillis(), afterRefundId, limit);
    }
}
