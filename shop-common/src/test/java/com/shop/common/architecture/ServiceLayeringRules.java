package com.shop.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering every service keeps (docs/architecture.md §2): the domain knows only the JDK, the contract jars and the
 * order-keyed ledger protocol of shop-common ({@code com.shop.common.ledger}, plain Java itself);
 * only {@code rpc} touches Dubbo, only {@code messaging} touches RocketMQ, only {@code persistence} touches
 * MyBatis, only {@code coordination} touches Curator (ZooKeeper). Each service's ArchUnit test checks its own base
 * package against these rules. A layer's package stands right under the base package or under a feature's own tree
 * below it ({@code com.shop.goods.rpc}, {@code com.shop.goods.vending.rpc}): the rules hold for each of them.
 */
public final class ServiceLayeringRules {

    private ServiceLayeringRules() {
    }

    public static JavaClasses importMain(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> rules(String basePackage) {
        String base = basePackage + "..";
        return List.of(
                noClasses().that().resideInAPackage(layer(basePackage, "domain"))
                        .should().dependOnClassesThat().resideOutsideOfPackages(
                                "java..", "com.shop.pojo..", "com.shop.api..", "com.shop.common.ledger..",
                                layer(basePackage, "domain"), "lombok..")
                        .as("the domain depends only on the JDK, shop-pojo, shop-api and the shared ledger"),
                noClasses().that().resideInAPackage(base).and().resideOutsideOfPackage(layer(basePackage, "rpc"))
                        .should().dependOnClassesThat().resideInAPackage("org.apache.dubbo..")
                        .as("only rpc touches Dubbo"),
                noClasses().that().resideInAPackage(base).and().resideOutsideOfPackage(layer(basePackage, "messaging"))
                        .should().dependOnClassesThat().resideInAPackage("org.apache.rocketmq..")
                        .as("only messaging touches RocketMQ"),
                noClasses().that().resideInAPackage(base)
                        .and().resideOutsideOfPackage(layer(basePackage, "persistence"))
                        .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "org.mybatis..")
                        .as("only persistence touches MyBatis"),
                curatorOnlyIn(basePackage, layer(basePackage, "coordination")),
                noClasses().that().resideInAPackage(layer(basePackage, "domain"))
                        .should().dependOnClassesThat().resideInAnyPackage(layer(basePackage, "application"),
                                layer(basePackage, "rpc"), layer(basePackage, "messaging"),
                                layer(basePackage, "persistence"))
                        .as("the domain does not depend on the layers around it"));
    }

    /** The packages of one layer in the scope: right under it, or under a feature's tree within it. */
    public static String layer(String basePackage, String name) {
        return basePackage + ".." + name + "..";
    }

    /**
     * Curator (and through it ZooKeeper) only in the given packages of a scope: every client it builds must
     * authenticate and protect what it creates (shop-common's {@code ZooKeeperCredentials}), which is checked where
     * the clients are built, so they are not built anywhere else.
     */
    public static ArchRule curatorOnlyIn(String scope, String... packages) {
        return noClasses().that().resideInAPackage(scope + "..").and().resideOutsideOfPackages(packages)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.curator..", "org.apache.zookeeper..")
                .as("only " + String.join(", ", packages) + " touch Curator and ZooKeeper");
    }

    public static void check(String basePackage) {
        JavaClasses classes = importMain(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }
}
