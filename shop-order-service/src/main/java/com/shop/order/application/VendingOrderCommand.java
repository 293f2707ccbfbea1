package com.shop.order.application;

import com.shop.api.exception.InvalidRequestException;
import java.util.regex.Pattern;

/** One unit of a goods from a vending machine, asked for by the authenticated {@code userId}. */
public record VendingOrderCommand(long userId, String innerCode, Long goodsId) {

    /** Inner codes are printed on the machines: letters, digits and dashes. */
    private static final Pattern INNER_CODE = Pattern.compile("[0-9A-Za-z-]{1,32}");

    public VendingOrderCommand {
        innerCode = innerCode == null ? null : innerCode.strip();
    }

    /** Refuses a malformed request before anything is read or written. */
    public void validate() {
        if (userId <= 0) {
            throw new InvalidRequestException("the user is unknown");
        }
        if (innerCode == null || !INNER_CODE.matcher(innerCode).matches()) {
            throw new InvalidRequestException("innerCode must be a machine's inner code (up to 32 letters, digits, -)");
        }
        if (goodsId == null || goodsId <= 0) {
            throw new InvalidRequestException("goodsId must be a goods id");
        }
    }
}
