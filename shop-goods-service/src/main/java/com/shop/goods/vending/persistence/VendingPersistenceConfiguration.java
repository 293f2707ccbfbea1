package com.shop.goods.vending.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;

/** The vending mappers, scanned apart from the goods ones so that each package tree names only its own. */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackageClasses = VendingPersistenceConfiguration.class, annotationClass = Mapper.class)
class VendingPersistenceConfiguration {}
