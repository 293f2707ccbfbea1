package com.shop.pojo.user;

import com.shop.pojo.CodedEnum;

/**
 * What a user may do; the integer is what {@code trade_user.user_role} stores. Shoppers order and pay for their own
 * orders; operators also run the shop's back office ({@code /api/admin/**}: every user's orders, shipping). Signing
 * up always makes a shopper: an operator is made in the user database only.
 */
public enum UserRole implements CodedEnum {
    SHOPPER(0),
    OPERATOR(1);

    private final int code;

    UserRole(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static UserRole ofCode(int code) {
        return CodedEnum.ofCode(UserRole.class, code);
    }
}
