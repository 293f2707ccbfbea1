package com.shop.common.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with shop's stable {@code code} property. */
public final class ProblemDetails {

    public static final String CODE = "code";
    public static final String ORDER_ID = "orderId";
    public static final String CORRELATION_ID = "correlationId";

    private ProblemDetails() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(code));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? code : known.getReasonPhrase());
        problem.setProperty(CODE, code);
        return problem;
    }

    /** The problem type URI of a code. */
    public static URI typeOf(String code) {
        return URI.create("https://shop.example/problems/"
                + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The stable code of a status when no business code applies. */
    public static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "INVALID_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR";
        };
    }
}
