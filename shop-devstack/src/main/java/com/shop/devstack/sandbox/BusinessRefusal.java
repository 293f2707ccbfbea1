package com.shop.devstack.sandbox;

/**
 * A request the platform understood and refuses: answered with {@code result_code=FAIL} and this {@code err_code}.
 */
final class BusinessRefusal extends RuntimeException {

    private final String errCode;

    BusinessRefusal(String errCode, String description) {
        super(description, null, false, false);
        this.errCode = errCode;
    }

    String errCode() {
        return errCode;
    }
}
