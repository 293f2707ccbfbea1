package com.shop.common.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web console, which shop-order-web serves at {@code /}: where it sends payments, which origins the pay edge lets
 * it call from, and (development only) the devstack's tools it offers: the payment sandbox to pay in, the vending
 * machine simulator's modes and the invariant checker's verdict.
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

    /** The vending machine simulator's control API, whose machines' modes the operator sees; development only. */
    private String simulatorUrl = "http://127.0.0.1:18091";

    /** The devstack's invariant checker, whose verdict the operator sees; development only. */
    private String checkerUrl = "http://127.0.0.1:18092";

    /** Development mode ({@code shop.dev-mode}): only then are the sandbox, the simulator and the checker offered. */
    private boolean devMode;

    /** The sandbox to offer, or null outside development mode. */
    public String offeredSandboxUrl() {
        return offered(sandboxUrl);
    }

    /** The simulator to offer, or null outside development mode. */
    public String offeredSimulatorUrl() {
        return offered(simulatorUrl);
    }

    /** The checker to offer, or null outside development mode. */
    public String offeredCheckerUrl() {
        return offered(checkerUrl);
    }

    /**
     * Every origin the console's pages may call besides their own: pay-web, and the development tools where offered.
     * The page's Content-Security-Policy allows these and no other.
     */
    public List<String> calledOrigins() {
        List<String> called = new ArrayList<>();
        called.add(payWebUrl);
        Stream.of(offeredSandboxUrl(), offeredSimulatorUrl(), offeredCheckerUrl())
                .filter(url -> url != null && !url.isBlank())
                .forEach(called::add);
        return called;
    }

    private String offered(String url) {
        return devMode ? url : null;
    }
}
