package com.shop.user.persistence;

import com.shop.user.domain.LedgerPhase;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.ScoreLogEntry;
import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisUserRepository implements UserRepository {

    private final UserMapper userMapper;
    private final MoneyLogMapper moneyLogMapper;
    private final ScoreLogMapper scoreLogMapper;

    public MyBatisUserRepository(UserMapper userMapper, MoneyLogMapper moneyLogMapper, ScoreLogMapper scoreLogMapper) {
        this.userMapper = userMapper;
        this.moneyLogMapper = moneyLogMapper;
        this.scoreLogMapper = scoreLogMapper;
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
    public boolean addMoneyLogEntry(MoneyLogEntry entry) {
        return moneyLogMapper.insertIfAbsent(entry) == 1;
    }

    @Override
    public Optional<MoneyLogEntry> lockMoneyLogEntry(long orderId, LedgerPhase phase) {
        return Optional.ofNullable(moneyLogMapper.lock(orderId, phase));
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
    public boolean addScoreLogEntry(ScoreLogEntry entry) {
        return scoreLogMapper.insertIfAbsent(entry.orderId(), entry.userId(), entry.phase().name(), entry.op().name(),
                entry.score()) == 1;
    }

    @Override
    public Optional<ScoreLogEntry> findScoreLogEntry(long orderId, LedgerPhase phase) {
        return Optional.ofNullable(scoreLogMapper.find(orderId, phase.name()));
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
