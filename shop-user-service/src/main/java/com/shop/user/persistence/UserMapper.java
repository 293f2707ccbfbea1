package com.shop.user.persistence;

import com.shop.user.domain.User;
import java.math.BigDecimal;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

    User findById(@Param("userId") long userId);

    User findByName(@Param("userName") String userName);

    int insert(User user);

    int spendBalance(@Param("userId") long userId, @Param("amount") BigDecimal amount);

    int creditBalance(@Param("userId") long userId, @Param("amount") BigDecimal amount);

    int addPoints(@Param("userId") long userId, @Param("points") int points);

    int takePoints(@Param("userId") long userId, @Param("points") int points);
}
