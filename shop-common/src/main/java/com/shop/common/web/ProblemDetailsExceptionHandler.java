package com.shop.common.web;

import com.shop.api.exception.ErrorKind;
import com.shop.api.exception.ShopException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.UUID;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure at the web edge into an RFC 9457 problem with a stable {@code code}: business refusals
 * keep their code and the order they concern, unreachable services become 503, bad input 400, and anything
 * unexpected a 500 that names a correlation id found in the log, never a stack trace.
 */
@Slf4j
@RestControllerAdvice
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ShopException.class)
    ResponseEntity<ProblemDetail> refused(ShopException refusal) {
        HttpStatus status = statusOf(refusal.kind());
        ProblemDetail problem = ProblemDetails.of(status, refusal.getCode(), refusal.getMessage());
        if (refusal.getOrderId() != null) {
            problem.setProperty(ProblemDetails.ORDER_ID, String.valueOf(refusal.getOrderId()));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (refusal.kind() == ErrorKind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (refusal.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(RpcException.class)
    ResponseEntity<ProblemDetail> unreachable(RpcException failure) {
        log.warn("Remote call failed: {}", failure.getMessage());
        ProblemDetail problem = ProblemDetails.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "SERVICE_UNAVAILABLE",
                "A service this request needs could not be reached or did not answer in time; try again.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> badParameter(ConstraintViolationException failure) {
        String detail = failure.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", detail));
    }

    /** Names the parameter, never the Java types behind it. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameterType(MethodArgumentTypeMismatchException failure) {
        return ResponseEntity.badRequest()
                .body(ProblemDetails.of(
                        HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "'" + failure.getName() + "' has an invalid value"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure [correlationId={}]", correlationId, failure);
        ProblemDetail problem = ProblemDetails.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                "Something went wrong on our side; quote the correlation id when reporting it.");
        problem.setProperty(ProblemDetails.CORRELATION_ID, correlationId);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException failure, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = failure.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetails.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", detail);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException failure, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = failure.getAllErrors().stream()
                .map(MessageSourceResolvable::getDefaultMessage)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", detail));
    }

    /** Spring MVC's own failures (unreadable body, wrong method, unknown path…) get a code and a type too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey(ProblemDetails.CODE))) {
            String code = ProblemDetails.codeOf(status);
            problem.setProperty(ProblemDetails.CODE, code);
            if (ABOUT_BLANK.equals(problem.getType())) {
                problem.setType(ProblemDetails.typeOf(code));
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    static HttpStatus statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
