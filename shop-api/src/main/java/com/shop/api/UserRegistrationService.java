package com.shop.api;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UsernameTakenException;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserView;

/** Signing up: new user accounts. */
public interface UserRegistrationService {

    /**
     * Creates an account with a balance of 0 and announces it ({@code UserRegistered}), so the coupon service issues
     * its welcome coupon. Refused, creating nothing, when the request breaks {@link RegistrationPolicy}.
     *
     * @throws UsernameTakenException  another account has the name (the unique key decides, also between racing calls)
     * @throws InvalidRequestException the name, password or mobile number is refused by {@link RegistrationPolicy}
     */
    UserView register(RegistrationRequest request) throws UsernameTakenException, InvalidRequestException;
}
