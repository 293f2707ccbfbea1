package com.shop.devstack;

import com.shop.infra.FreePorts;
import java.util.EnumMap;
import java.util.Map;

/** The HTTP and Dubbo ports of each application. */
public final class ApplicationPorts {

    private final Map<ShopApplication, Integer> http;
    private final Map<ShopApplication, Integer> dubbo;

    private ApplicationPorts(Map<ShopApplication, Integer> http, Map<ShopApplication, Integer> dubbo) {
        this.http = new EnumMap<>(http);
        this.dubbo = new EnumMap<>(dubbo);
    }

    /**
     * The documented ports (order web 8080, pay web 8081, services 9101-9105), each overridable by its
     * {@link ShopApplication#portVariable() environment variable}.
     */
    public static ApplicationPorts defaults(Map<String, String> environment) {
        Map<ShopApplication, Integer> http = new EnumMap<>(ShopApplication.class);
        Map<ShopApplication, Integer> dubbo = new EnumMap<>(ShopApplication.class);
        for (ShopApplication application : ShopApplication.values()) {
            http.put(application, portFrom(environment, application.portVariable(), application.defaultHttpPort()));
            if (application.isDubboProvider()) {
                dubbo.put(application, application.defaultDubboPort());
            }
        }
        return new ApplicationPorts(http, dubbo);
    }

    /** Free ports, for tests that must not depend on the documented ones being available. */
    public static ApplicationPorts free() {
        Map<ShopApplication, Integer> http = new EnumMap<>(ShopApplication.class);
        Map<ShopApplication, Integer> dubbo = new EnumMap<>(ShopApplication.class);
        for (ShopApplication application : ShopApplication.values()) {
            http.put(application, FreePorts.next());
            if (application.isDubboProvider()) {
                dubbo.put(application, FreePorts.next());
            }
        }
        return new ApplicationPorts(http, dubbo);
    }

    private static int portFrom(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a TCP port, not '" + value + "'");
        }
    }

    public int http(ShopApplication application) {
        return http.get(application);
    }

    /** The Dubbo port of a provider; 0 for the web applications, which provide nothing. */
    public int dubbo(ShopApplication application) {
        return dubbo.getOrDefault(application, 0);
    }
}
