package com.shop.check;

/** The checker could not read what it checks (a database down, a table missing): no verdict either way. */
public class CheckFailedException extends RuntimeException {

    public CheckFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
