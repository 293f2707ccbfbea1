package com.shop.common.web.security;

/** The caller a bearer token names: resolved from the token, never from a request body. */
public record AuthenticatedUser(long userId, String userName) {}
