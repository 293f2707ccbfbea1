package com.shop.orderweb.support;

import com.shop.api.RegistrationPolicy;
import com.shop.api.UserRegistrationService;
import com.shop.api.exception.UsernameTakenException;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Signs users up into the fake user service, refusing names it has in any case, as the user service does. */
public class FakeUserRegistrationService implements UserRegistrationService {

    public static final long FIRST_USER_ID = 7_300_000_000_000_000_001L;

    private final FakeUserService users;
    private final AtomicLong ids = new AtomicLong(FIRST_USER_ID);
    private final List<RegistrationRequest> calls = new CopyOnWriteArrayList<>();

    public FakeUserRegistrationService(FakeUserService users) {
        this.users = users;
    }

    /** Every request that reached this service. */
    public List<RegistrationRequest> calls() {
        return List.copyOf(calls);
    }

    public void reset() {
        ids.set(FIRST_USER_ID);
        calls.clear();
    }

    @Override
    public UserView register(RegistrationRequest request) {
        calls.add(request);
        RegistrationPolicy.check(request);
        if (users.hasName(request.getUserName().toLowerCase(Locale.ROOT))) {
            throw new UsernameTakenException("the user name " + request.getUserName() + " is taken");
        }
        UserView user = UserView.builder()
                .userId(ids.getAndIncrement())
                .userName(request.getUserName())
                .userMobile(request.getUserMobile())
                .userScore(0)
                .userMoney(new BigDecimal("0.00"))
                .build();
        users.put(user, request.getPassword());
        return user;
    }
}
