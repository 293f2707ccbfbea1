package com.shop.common.web.security;

import com.shop.pojo.user.UserRole;

/** The caller a bearer token names: resolved from the token, never from a request body. */
public record AuthenticatedUser(long userId, String userName, UserRole role) {

    public boolean isOperator() {
        return role == UserRole.OPERATOR;
    }
}
