package com.shop.user.application;

import com.shop.api.exception.UserNotFoundException;
import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import org.springframework.stereotype.Service;

/** Reading user accounts. */
@Service
public class UserAccounts {

    private final UserRepository users;

    public UserAccounts(UserRepository users) {
        this.users = users;
    }

    public User getUser(long userId) {
        return users.findUser(userId).orElseThrow(() -> new UserNotFoundException("no user with id " + userId));
    }
}
