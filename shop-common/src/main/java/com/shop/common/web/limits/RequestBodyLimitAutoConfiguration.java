package com.shop.common.web.limits;

import com.shop.common.web.ProblemDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses absurd request bodies at the web edges ({@code shop.web.max-request-body}); Tomcat limits only form posts.
 * A declared length over the limit is refused with 413 before the body is read, from inside the dispatcher so the
 * shared exception handler writes the problem. A body without a declared length (chunked) is cut off while it is
 * read; the reader then reports it as an unreadable body (400).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class RequestBodyLimitAutoConfiguration implements WebMvcConfigurer {

    private final long maxBytes;

    public RequestBodyLimitAutoConfiguration(WebLimitsProperties limits) {
        this.maxBytes = limits.getMaxRequestBody().toBytes();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getContentLengthLong() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                return true;
            }
        });
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBodyLimitFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("requestBodyLimitFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static ErrorResponseException tooLarge(long maxBytes) {
        return new ErrorResponseException(
                HttpStatus.PAYLOAD_TOO_LARGE,
                ProblemDetails.of(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        ProblemDetails.codeOf(HttpStatus.PAYLOAD_TOO_LARGE),
                        "Request bodies are limited to " + maxBytes + " bytes."),
                null);
    }
}
