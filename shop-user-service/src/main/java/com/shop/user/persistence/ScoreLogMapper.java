package com.shop.user.persistence;

import com.shop.user.domain.ScoreLogEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ScoreLogMapper {

    /** @return 1 when inserted, 0 when the order's slot was taken already */
    int insertIfAbsent(@Param("orderId") long orderId, @Param("userId") long userId, @Param("phase") String phase,
                       @Param("op") String op, @Param("score") int score);

    ScoreLogEntry find(@Param("orderId") long orderId, @Param("phase") String phase);
}
