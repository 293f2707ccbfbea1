package com.shop.payweb.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** An RFC 9457 problem with shop's stable code. */
public final class ProblemMatchers {

    private ProblemMatchers() {}

    public static ResultMatcher problem(int httpStatus, String code) {
        return ResultMatcher.matchAll(
                status().is(httpStatus),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(httpStatus),
                jsonPath("$.code").value(code),
                jsonPath("$.title").isString());
    }
}
