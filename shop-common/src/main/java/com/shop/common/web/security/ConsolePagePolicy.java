package com.shop.common.web.security;

import com.shop.common.web.console.ConsoleProperties;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console page's Content-Security-Policy: its scripts and styles from its own origin only (it has no inline
 * script, no eval, no inline style), its calls to its own origin and to the ones it is configured to call, nothing
 * framing it. A value that slipped past the page's text-only rendering could then still not run or send anything
 * elsewhere. Only the page and its files get it: the API docs bring a page of their own with other needs.
 */
final class ConsolePagePolicy {

    static final String HEADER = "Content-Security-Policy";

    /** Where the console is: its page at the root and its modules below {@code /console/}. */
    static final List<String> PATHS = List.of("/", "/index.html", "/console/**");

    private ConsolePagePolicy() {}

    static HeaderWriter headerWriter(ConsoleProperties console) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new DelegatingRequestMatcherHeaderWriter(
                new OrRequestMatcher(
                        PATHS.stream().<RequestMatcher>map(paths::matcher).toList()),
                new StaticHeadersWriter(HEADER, policy(console)));
    }

    static String policy(ConsoleProperties console) {
        String called = String.join(" ", console.calledOrigins());
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                + "connect-src 'self' " + called + "; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
