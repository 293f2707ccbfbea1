package com.shop.user.application;

import com.shop.api.RegistrationPolicy;
import com.shop.api.exception.UsernameTakenException;
import com.shop.common.id.IdGenerator;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserRole;
import com.shop.user.domain.Money;
import com.shop.user.domain.User;
import com.shop.user.domain.UserEventPublisher;
import com.shop.user.domain.UserRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing up. The new user and its {@code UserRegistered} event are written in one transaction, so the welcome coupon
 * follows every account and no other; the name's unique key, not a look first, refuses a taken name, so two racing
 * sign-ups of one name make one account.
 */
@Slf4j
@Service
public class UserRegistration {

    private final UserRepository users;
    private final UserEventPublisher events;
    private final PasswordEncoder passwords;
    private final IdGenerator ids;
    private final TransactionTemplate transactions;

    public UserRegistration(
            UserRepository users,
            UserEventPublisher events,
            PasswordEncoder passwords,
            IdGenerator ids,
            TransactionTemplate transactions) {
        this.users = users;
        this.events = events;
        this.passwords = passwords;
        this.ids = ids;
        this.transactions = transactions;
    }

    public User register(RegistrationRequest request) {
        RegistrationPolicy.check(request);
        // hashed before the transaction: the deliberately slow hash must not hold a database connection
        User user = User.builder()
                .userId(ids.nextId())
                .userName(request.getUserName())
                .userPassword(passwords.encode(request.getPassword()))
                .userMobile(request.getUserMobile())
                .userScore(0)
                .userMoney(Money.ZERO)
                // signing up never makes an operator, whatever the request holds
                .userRole(UserRole.SHOPPER)
                .build();
        transactions.executeWithoutResult(status -> {
            if (!users.insertUser(user)) {
                throw new UsernameTakenException("the user name " + request.getUserName() + " is taken");
            }
            events.userRegistered(user);
        });
        log.info("Registered user {} ({})", user.getUserId(), user.getUserName());
        return users.findUser(user.getUserId())
                .orElseThrow(
                        () -> new IllegalStateException("user " + user.getUserId() + " vanished after its insert"));
    }
}
