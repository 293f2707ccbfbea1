package com.shop.common.web.console;

import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console, which shop-order-web serves at {@code /}: where it sends payments, which origins the pay edge lets
 * it call from, and (development only) the payment sandbox it offers to pay in.
 */
@Data
@ConfigurationProperties("shop.console")
public class ConsoleProperties {

    /** Origins (scheme, host, port) whose pages may call this edge's {@code /api/**} with a bearer token; none: CORS off. */
    private List<String> origins = new ArrayList<>();

    /** Where the console's browser reaches shop-pay-web. */
    private String payWebUrl = "http://127.0.0.1:8081";

    /** The payment sandbox whose payer the console offers as a button; only in development mode. */
    private String sandboxUrl = "http://127.0.0.1:18090";

    /** Development mode ({@code shop.dev-mode}): only then is the sandbox offered. */
    private boolean devMode;

    /** The sandbox to offer, or null outside development mode. */
    public String offeredSandboxUrl() {
        return devMode ? sandboxUrl : null;
    }
}
