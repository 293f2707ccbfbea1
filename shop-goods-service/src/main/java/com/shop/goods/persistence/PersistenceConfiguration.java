package com.shop.goods.persistence;

import com.shop.common.trail.LedgerTrail;
import com.shop.common.trail.TrailSource;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = PersistenceConfiguration.class, annotationClass = Mapper.class)
class PersistenceConfiguration {

    /** The stock ledger's part of an order's trail. */
    @Bean
    TrailSource stockLedgerTrail(MyBatisStockLedger ledger) {
        return new LedgerTrail<>(ledger, new LedgerTrail.Names("stock reserved", "stock restored", "stock fenced off"));
    }
}
