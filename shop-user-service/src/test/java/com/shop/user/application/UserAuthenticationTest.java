package com.shop.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.AuthenticationFailedException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAuthenticationTest {

    /** Counts hash checks, to show an unknown name costs one too. */
    private final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4));

    private final InMemoryUserRepository repository =
            new InMemoryUserRepository().withUser(1, "alice", encoder.encode("secret"), "0.00");
    private final UserAuthentication authentication = new UserAuthentication(repository, encoder);

    @Test
    void theRightPasswordAuthenticates() {
        assertThat(authentication.authenticate("alice", "secret").getUserId()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreRefusedAlike() {
        encoder.checks.set(0);

        assertThatThrownBy(() -> authentication.authenticate("alice", "guess"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(UserAuthentication.REFUSAL);
        assertThatThrownBy(() -> authentication.authenticate("mallory", "secret"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(UserAuthentication.REFUSAL);

        assertThat(encoder.checks).hasValue(2);
    }

    @Test
    void missingOrOverlongCredentialsAreRefused() {
        assertThatThrownBy(() -> authentication.authenticate(null, "secret"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> authentication.authenticate("alice", null))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> authentication.authenticate("alice", ""))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> authentication.authenticate("alice", "x".repeat(200)))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }
    }
}
