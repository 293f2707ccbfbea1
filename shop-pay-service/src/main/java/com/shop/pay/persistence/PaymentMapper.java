package com.shop.pay.persistence;

import com.shop.pay.domain.Payment;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PaymentMapper {

    Payment findById(@Param("payId") long payId);
}
