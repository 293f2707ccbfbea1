package com.shop.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start an application outside development mode ({@code SHOP_DEV_MODE=true}, {@code shop.dev-mode}) while a
 * secret it declares is empty or still its development default (the token key, the merchant credentials and certificate, the database
 * password, the MQTT password), or while demo data is on, naming every such setting and the variable that sets it.
 *
 * <p>A secret's development default is the default of the placeholder that declares it, e.g. {@code
 * ${SHOP_WXPAY_KEY:192006…}} in the application's own configuration: whatever equals it, or is empty, was never set
 * for this deployment. Only secrets the application declares are checked, so a service without a web edge needs no
 * token key and one without a database no password. Runs after {@link ShopDefaultsEnvironmentPostProcessor}, before
 * anything connects anywhere.
 */
public class DevelopmentDefaultsGuard implements EnvironmentPostProcessor, Ordered {

    static final String DEV_MODE = "shop.dev-mode";
    static final String DEMO_DATA = "shop.demo-data.enabled";
    /** The settings that must be this deployment's own. */
    static final List<String> SECRETS = List.of(
            "shop.security.jwt-secret",
            "shop.pay.wechat.key",
            "shop.pay.wechat.app-id",
            "shop.pay.wechat.mch-id",
            "shop.pay.wechat.refund.cert-path",
            "shop.pay.wechat.refund.cert-password",
            "shop.pay.alipay.app-id",
            "shop.pay.alipay.private-key",
            "shop.pay.alipay.public-key",
            "spring.datasource.password",
            "shop.rocketmq.acl.secret-key",
            "shop.mqtt.password",
            "shop.zookeeper.acl.password",
            "shop.dubbo.auth.token");

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([^:}]+)(?::(.*))?}$");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> offences = offences(environment);
        if (!offences.isEmpty()) {
            throw new DevelopmentDefaultsException(offences);
        }
    }

    /** @return one line per offending setting, empty in development mode */
    static List<String> offences(ConfigurableEnvironment environment) {
        if (environment.getProperty(DEV_MODE, Boolean.class, false)) {
            return List.of();
        }
        List<String> offences = new ArrayList<>();
        for (String name : SECRETS) {
            if (!environment.containsProperty(name)) {
                continue;
            }
            String value = environment.getProperty(name, "");
            Declaration declared = declaration(environment, name);
            if (value.isBlank()) {
                offences.add(declared.describe(name) + " is empty");
            } else if (Objects.equals(value, declared.developmentDefault())) {
                offences.add(declared.describe(name) + " is the development default");
            }
        }
        if (environment.getProperty(DEMO_DATA, Boolean.class, false)) {
            offences.add(declaration(environment, DEMO_DATA).describe(DEMO_DATA) + " is on");
        }
        return offences;
    }

    /** Where a setting comes from: the variable and default of its placeholder, if it is one. */
    private static Declaration declaration(ConfigurableEnvironment environment, String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> && source.containsProperty(name)) {
                Object raw = source.getProperty(name);
                Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(raw).strip());
                return placeholder.matches()
                        ? new Declaration(placeholder.group(1), placeholder.group(2))
                        : new Declaration(null, null);
            }
        }
        return new Declaration(null, null);
    }

    private record Declaration(String variable, String developmentDefault) {

        String describe(String name) {
            return variable == null ? name : name + " (" + variable + ")";
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
