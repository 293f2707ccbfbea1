package com.shop.coupon.persistence;

import com.shop.common.trail.LedgerTrail;
import com.shop.common.trail.TrailSource;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = PersistenceConfiguration.class, annotationClass = Mapper.class)
class PersistenceConfiguration {

    /** The coupon ledger's part of an order's trail. */
    @Bean
    TrailSource couponLedgerTrail(MyBatisCouponLedger ledger) {
        return new LedgerTrail<>(ledger, new LedgerTrail.Names("coupon used", "coupon restored", "coupon fenced off"));
    }
}
