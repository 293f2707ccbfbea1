package com.shop.order.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrderTimelineMapper {

    /** @return 1 when the entry was added, 0 when the order already had one for the event */
    /** The order's placing and its timeline's entries, for the order's trail; none for an unknown order. */
    List<OrderTrailRow> findTrail(@Param("orderId") long orderId);

    int insertIfAbsent(@Param("orderId") long orderId, @Param("event") String event, @Param("detail") String detail);
}
