package com.shop.api.exception;

import java.io.Serial;

/** No goods with that id. */
public class GoodsNotFoundException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "GOODS_NOT_FOUND";

    public GoodsNotFoundException() {
        super();
    }

    public GoodsNotFoundException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
