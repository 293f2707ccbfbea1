package com.shop.user.domain;

import com.shop.pojo.CodedEnum;

/** {@code money_log_type} of the money log; the codes are the course's, plus 0 for the tombstone. */
public enum MoneyLogType implements CodedEnum {
    /** Tombstone in the forward slot: the order was cancelled before it paid from the balance. */
    TOMBSTONE(0),
    /** Balance spent on the order (forward slot). */
    PAID(1),
    /** Balance given back for a cancelled order (undo slot). */
    REFUNDED(2);

    private final int code;

    MoneyLogType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static MoneyLogType ofCode(int code) {
        return CodedEnum.ofCode(MoneyLogType.class, code);
    }
}
