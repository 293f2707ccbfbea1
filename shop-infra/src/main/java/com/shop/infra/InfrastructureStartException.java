package com.shop.infra;

/** A piece of the embedded infrastructure did not start; what had started is stopped again. */
public class InfrastructureStartException extends RuntimeException {

    public InfrastructureStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
