package com.shop.pay.persistence;

import com.shop.pay.domain.Payment;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PaymentMapper {

    Payment findById(@Param("payId") long payId);

    List<Payment> findRecent(@Param("limit") int limit);

    List<Payment> findByUserAndOrder(@Param("userId") long userId, @Param("orderId") long orderId);

    /** Every payment of the order, whoever made it, oldest first: for the order's trail. */
    List<Payment> findByOrder(@Param("orderId") long orderId);

    Payment findOpenByOrder(@Param("orderId") long orderId);

    Payment findPaidByOrder(@Param("orderId") long orderId);

    List<Payment> findAllPaidByOrder(@Param("orderId") long orderId);

    /** @return 0 when the order already has an open payment */
    int insertOpen(Payment payment);

    int attachTrade(@Param("payId") long payId, @Param("codeUrl") String codeUrl, @Param("prepayId") String prepayId);

    int markPaid(
            @Param("payId") long payId, @Param("transactionId") String transactionId, @Param("paidAt") Date paidAt);

    int markPaidAfterClose(
            @Param("payId") long payId, @Param("transactionId") String transactionId, @Param("paidAt") Date paidAt);

    int recordFailure(
            @Param("payId") long payId, @Param("errCode") String errCode, @Param("errCodeDes") String errCodeDes);

    int markClosed(@Param("payId") long payId);

    List<Payment> findPayingOlderThan(
            @Param("ageMillis") long ageMillis, @Param("afterPayId") long afterPayId, @Param("limit") int limit);
}
