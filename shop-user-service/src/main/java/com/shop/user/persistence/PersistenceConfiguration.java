package com.shop.user.persistence;

import com.shop.common.trail.LedgerTrail;
import com.shop.common.trail.TrailSource;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = PersistenceConfiguration.class, annotationClass = Mapper.class)
class PersistenceConfiguration {

    /** The money log's part of an order's trail. */
    @Bean
    TrailSource moneyLogTrail(MyBatisMoneyLog ledger) {
        return new LedgerTrail<>(
                ledger, new LedgerTrail.Names("balance reduced", "balance refunded", "balance fenced off"));
    }

    /** The points log's part of an order's trail. */
    @Bean
    TrailSource scoreLogTrail(MyBatisScoreLog ledger) {
        return new LedgerTrail<>(
                ledger, new LedgerTrail.Names("points credited", "points revoked", "points fenced off"));
    }
}
