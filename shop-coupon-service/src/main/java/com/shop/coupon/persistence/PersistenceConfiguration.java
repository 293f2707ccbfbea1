package com.shop.coupon.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = PersistenceConfiguration.class, annotationClass = Mapper.class)
class PersistenceConfiguration {}
