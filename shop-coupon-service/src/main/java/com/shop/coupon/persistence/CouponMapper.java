package com.shop.coupon.persistence;

import com.shop.coupon.domain.Coupon;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CouponMapper {

    Coupon findById(@Param("couponId") long couponId);

    List<Coupon> findByUser(@Param("userId") long userId);

    int insert(@Param("coupon") Coupon coupon, @Param("issuedFor") String issuedFor);

    int markUsed(@Param("couponId") long couponId, @Param("userId") long userId, @Param("orderId") long orderId);

    int markUnused(@Param("couponId") long couponId, @Param("orderId") long orderId);
}
