package com.shop.pay.persistence;

import com.shop.pay.domain.Refund;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RefundMapper {

    Refund findByPayment(@Param("payId") long payId);

    /** Every refund of the order, oldest first: for the order's trail. */
    List<Refund> findByOrder(@Param("orderId") long orderId);

    /** @return 0 when the payment has a refund already */
    int insertPending(Refund refund);

    Refund findById(@Param("refundId") long refundId);

    List<Refund> findRecent(@Param("limit") int limit);

    int markAccepted(@Param("refundId") long refundId, @Param("gatewayRefundId") String gatewayRefundId);

    int markFailed(@Param("refundId") long refundId, @Param("failureReason") String failureReason);

    int markSucceeded(@Param("refundId") long refundId, @Param("gatewayRefundId") String gatewayRefundId);

    List<Refund> findPendingOlderThan(
            @Param("ageMillis") long ageMillis, @Param("afterRefundId") long afterRefundId, @Param("limit") int limit);
}
