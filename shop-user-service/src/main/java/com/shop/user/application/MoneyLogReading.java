package com.shop.user.application;

import com.shop.api.exception.InvalidRequestException;
import com.shop.user.domain.MoneyLogHistory;
import com.shop.user.domain.MoneyMovement;
import java.util.List;
import org.springframework.stereotype.Service;

/** A user reading their own money log. */
@Service
public class MoneyLogReading {

    static final int MAX_LIMIT = 100;

    private final MoneyLogHistory history;

    public MoneyLogReading(MoneyLogHistory history) {
        this.history = history;
    }

    public List<MoneyMovement> recent(long userId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return history.recent(userId, limit);
    }
}
