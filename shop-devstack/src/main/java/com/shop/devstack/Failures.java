package com.shop.devstack;

/** A failure told in one piece: its message and the chain of causes, without stack traces. */
final class Failures {

    private Failures() {}

    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }
}
