package com.shop.user.rpc;

import com.shop.api.ServiceVersions;
import com.shop.api.UserRegistrationService;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserView;
import com.shop.user.application.UserRegistration;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of signing up: maps between the wire types and the application service. */
@DubboService(version = ServiceVersions.V1)
public class UserRegistrationServiceProvider implements UserRegistrationService {

    private final UserRegistration registration;

    public UserRegistrationServiceProvider(UserRegistration registration) {
        this.registration = registration;
    }

    @Override
    public UserView register(RegistrationRequest request) {
        return UserServiceProvider.toView(registration.register(request));
    }
}
