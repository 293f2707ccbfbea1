package com.shop.user.persistence;

import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisUserRepository implements UserRepository {

    private final UserMapper userMapper;

    public MyBatisUserRepository(UserMapper userMapper) {
        this.userMapper = userMapper;
    }

    @Override
    public Optional<User> findUser(long userId) {
        return Optional.ofNullable(userMapper.findById(userId));
    }

    @Override
    public Optional<User> findUserByName(String userName) {
        return Optional.ofNullable(userMapper.findByName(userName));
    }

    @Override
    public boolean spendBalance(long userId, BigDecimal amount) {
        return userMapper.spendBalance(userId, amount) == 1;
    }

    @Override
    public void creditBalance(long userId, BigDecimal amount) {
        if (userMapper.creditBalance(userId, amount) != 1) {
            throw new IllegalStateException("user " + userId + " vanished while balance was credited to it");
        }
    }

    @Override
    public boolean addPoints(long userId, int points) {
        return userMapper.addPoints(userId, points) == 1;
    }

    @Override
    public boolean takePoints(long userId, int points) {
        return userMapper.takePoints(userId, points) == 1;
    }
}
