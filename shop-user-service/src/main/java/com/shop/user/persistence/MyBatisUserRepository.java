package com.shop.user.persistence;

import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisUserRepository implements UserRepository {

    /** The unique key on {@code trade_user.user_name}. */
    private static final String NAME_KEY = "uk_user_name";

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
    public boolean insertUser(User user) {
        try {
            return userMapper.insert(user) == 1;
        } catch (DuplicateKeyException taken) {
            // only the name's key can be hit: user ids are Snowflake ids, never issued twice
            if (String.valueOf(taken.getMessage()).contains(NAME_KEY)) {
                return false;
            }
            throw taken;
        }
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
