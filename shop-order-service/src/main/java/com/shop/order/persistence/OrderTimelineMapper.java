package com.shop.order.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrderTimelineMapper {

    /** @return 1 when the entry was added, 0 when the order already had one for the event */
    int insertIfAbsent(@Param("orderId") long orderId, @Param("event") String event, @Param("detail") String detail);
}
