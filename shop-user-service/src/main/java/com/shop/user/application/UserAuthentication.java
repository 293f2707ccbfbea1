package com.shop.user.application;

import com.shop.api.exception.AuthenticationFailedException;
import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a user name and password. An unknown name and a wrong password are refused alike, in words and in time, so
 * the answer does not tell which user names exist. No transaction: the deliberately slow hash check must not hold a
 * database connection.
 */
@Service
public class UserAuthentication {

    static final String REFUSAL = "wrong user name or password";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    /** Compared against when the name is unknown, so that case costs one hash check too. */
    private final String unknownUserHash;

    public UserAuthentication(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    public User authenticate(String userName, String password) {
        String candidate = password == null ? "" : password;
        Optional<User> user = userName == null ? Optional.empty() : users.findUserByName(userName);
        String hash = user.map(User::getUserPassword).orElse(unknownUserHash);
        boolean matches = passwords.matches(candidate, hash);
        if (user.isEmpty() || !matches) {
            throw new AuthenticationFailedException(REFUSAL);
        }
        return user.get();
    }
}
