package com.shop.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URLConnection;
import java.util.List;

/**
 * The layering every service keeps (docs/architecture.md §2): the domain knows only the JDK, the contract jars and the
 * order-keyed ledger protocol of shop-common ({@code com.shop.common.ledger}, plain Java itself);
 * only {@code rpc} touches Dubbo (and Sentinel, which guards its calls), only {@code messaging} touches RocketMQ, only {@code persistence} touches
 * MyBatis, only {@code coordination} touches Curator (ZooKeeper). Each service's ArchUnit test checks its own base
 * package against these rules. A layer's package stands right under the base package or under a feature's own tree
 * below it ({@code com.shop.goods.rpc}, {@code com.shop.goods.vending.rpc}): the rules hold for each of them.
 */
public final class ServiceLayeringRules {

    /** The packages of the adapters, each the only place for its technology; the layers inside see none of them. */
    public static final List<String> ADAPTERS =
            List.of("rpc", "messaging", "persistence", "coordination", "mqtt", "gateway");

    /** The HTTP clients an application could call out with: the JDK's, Apache's, OkHttp, Spring's. */
    private static final String[] HTTP_CLIENTS = {
        "java.net.http..",
        "org.apache.hc..",
        "org.apache.http..",
        "okhttp3..",
        "org.springframework.web.client..",
        "org.springframework.web.reactive.function.client.."
    };

    private ServiceLayeringRules() {}

    public static JavaClasses importMain(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> rules(String basePackage) {
        String base = basePackage + "..";
        return List.of(
                noClasses()
                        .that()
                        .resideInAPackage(layer(basePackage, "domain"))
                        .should()
                        .dependOnClassesThat()
                        .resideOutsideOfPackages(
                                "java..",
                                "com.shop.pojo..",
                                "com.shop.api..",
                                "com.shop.common.ledger..",
                                layer(basePackage, "domain"),
                                "lombok..")
                        .as("the domain depends only on the JDK, shop-pojo, shop-api and the shared ledger"),
                noClasses()
                        .that()
                        .resideInAPackage(base)
                        .and()
                        .resideOutsideOfPackage(layer(basePackage, "rpc"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.dubbo..")
                        .as("only rpc touches Dubbo"),
                noClasses()
                        .that()
                        .resideInAPackage(base)
                        .and()
                        .resideOutsideOfPackage(layer(basePackage, "messaging"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.rocketmq..")
                        .as("only messaging touches RocketMQ"),
                noClasses()
                        .that()
                        .resideInAPackage(base)
                        .and()
                        .resideOutsideOfPackage(layer(basePackage, "persistence"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("org.apache.ibatis..", "org.mybatis..")
                        .as("only persistence touches MyBatis"),
                curatorOnlyIn(basePackage, layer(basePackage, "coordination")),
                sentinelOnlyIn(basePackage, layer(basePackage, "rpc")),
                noClasses()
                        .that()
                        .resideInAPackage(layer(basePackage, "domain"))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                layer(basePackage, "application"),
                                layer(basePackage, "rpc"),
                                layer(basePackage, "messaging"),
                                layer(basePackage, "persistence"))
                        .as("the domain does not depend on the layers around it"));
    }

    /** The packages of one layer in the scope: right under it, or under a feature's tree within it. */
    public static String layer(String basePackage, String name) {
        return basePackage + ".." + name + "..";
    }

    /**
     * The application, and the domain under it, reach the adapters only through the ports the domain declares, never
     * an adapter's class: an adapter can then be replaced, or a use case tested with plain fakes of the ports.
     */
    public static ArchRule applicationIndependentOfAdapters(String basePackage) {
        return noClasses()
                .that()
                .resideInAnyPackage(layer(basePackage, "application"), layer(basePackage, "domain"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ADAPTERS.stream()
                        .map(adapter -> layer(basePackage, adapter))
                        .toArray(String[]::new))
                .as("the application and the domain do not depend on the adapters (" + String.join(", ", ADAPTERS)
                        + ")");
    }

    /**
     * HTTP clients only in the given packages of a scope (none given: nowhere): a call out of the suite goes through
     * the one adapter that knows the other side's protocol, its signatures and its certificates.
     */
    public static ArchRule httpClientsOnlyIn(String scope, String... packages) {
        return noClasses()
                .that()
                .resideInAPackage(scope + "..")
                .and()
                .resideOutsideOfPackages(packages)
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(HTTP_CLIENTS)
                        .or(JavaClass.Predicates.assignableTo(URLConnection.class)))
                .as(
                        packages.length == 0
                                ? "nothing in " + scope + " uses an HTTP client"
                                : "only " + String.join(", ", packages) + " use an HTTP client");
    }

    /**
     * Curator (and through it ZooKeeper) only in the given packages of a scope: every client it builds must
     * authenticate and protect what it creates (shop-common's {@code ZooKeeperCredentials}), which is checked where
     * the clients are built, so they are not built anywhere else.
     */
    public static ArchRule curatorOnlyIn(String scope, String... packages) {
        return noClasses()
                .that()
                .resideInAPackage(scope + "..")
                .and()
                .resideOutsideOfPackages(packages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.curator..", "org.apache.zookeeper..")
                .as(
                        packages.length == 0
                                ? "nothing in " + scope + " touches Curator or ZooKeeper"
                                : "only " + String.join(", ", packages) + " touch Curator and ZooKeeper");
    }

    /**
     * Sentinel only in the given packages of a scope: the breakers guard the Dubbo calls (the rpc adapters, and
     * shop-common's {@code rpc}), the flow rules the endpoints (shop-common's {@code web}); nothing else needs to know
     * they are there.
     */
    public static ArchRule sentinelOnlyIn(String scope, String... packages) {
        return noClasses()
                .that()
                .resideInAPackage(scope + "..")
                .and()
                .resideOutsideOfPackages(packages)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.alibaba.csp.sentinel..")
                .as(
                        packages.length == 0
                                ? "nothing in " + scope + " touches Sentinel"
                                : "only " + String.join(", ", packages) + " touch Sentinel");
    }

    public static void check(String basePackage) {
        JavaClasses classes = importMain(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }
}
