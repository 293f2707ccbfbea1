package com.shop.e2e.bench;

import java.util.concurrent.CompletionException;

/**
 * An HTTP answer as the load generator keeps it, or a request that got none ({@link #failed}: status 0, the
 * exception's name as the body).
 */
record Answer(int status, String body) {

    static Answer failed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return new Answer(0, cause.getClass().getSimpleName());
    }

    boolean is(int expected) {
        return status == expected;
    }

    /**
     * How the answer is counted in the report: the status, with the problem's {@code code} for a refusal
     * ({@code 409 STOCK_INSUFFICIENT}), or {@code error <exception>} when there was no answer.
     */
    String label() {
        if (status == 0) {
            return "error " + body;
        }
        if (status < 400) {
            return Integer.toString(status);
        }
        String code = JsonFields.text(body, "code");
        return code == null ? Integer.toString(status) : status + " " + code;
    }

    /** A field of the JSON body (see {@link JsonFields}). */
    String field(String name) {
        return JsonFields.text(body, name);
    }
}
