package com.shop.api;

import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.MoneyLogView;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;

/** Users, their balance and points. */
public interface UserService {

    UserView authenticate(String userName, String password) throws AuthenticationFailedException;

    UserView getUser(long userId) throws UserNotFoundException;

    /**
     * Spends {@code amount} of the user's balance on an order, with a money-log row. Idempotent on
     * {@code orderId}; refused once the order was cancelled.
     */
    void reduceBalance(long orderId, long userId, BigDecimal amount)
            throws InsufficientBalanceException, UserNotFoundException, IllegalOrderStateException,
                    InvalidRequestException;

    /**
     * Refunds what the order paid from the balance, exactly once; when it paid nothing, records that the order
     * is cancelled so a late {@link #reduceBalance} is refused.
     *
     * @return the amount refunded by this call (zero when nothing was)
     */
    BigDecimal refundBalance(long orderId, long userId);

    /**
     * The user's latest balance movements, newest first, at most {@code limit} (1 to 100): what orders paid from the
     * balance and what cancels gave back. Cancels that found nothing paid moved nothing and are left out.
     */
    List<MoneyLogView> listMoneyLog(long userId, int limit) throws InvalidRequestException;
}
