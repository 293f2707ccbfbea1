package com.shop.user.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ScoreLogMapper {

    /** @return 1 when inserted, 0 when the order already has its row */
    int insertIfAbsent(@Param("orderId") long orderId, @Param("userId") long userId, @Param("score") int score);
}
