package com.shop.pojo;

/**
 * A state whose integer code is what the schema stores (the seeds' {@code order_status}, {@code pay_status}, …) and
 * what other systems read; never its name or ordinal.
 */
public interface CodedEnum {

    int code();

    /**
     * @return the constant of {@code type} with {@code code}
     * @throws IllegalArgumentException when no constant has it
     */
    static <E extends Enum<E> & CodedEnum> E ofCode(Class<E> type, int code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code() == code) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code " + code);
    }
}
