package com.shop.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layering of a web edge (docs/architecture.md §2): it translates HTTP to Dubbo calls and back — no SQL, no
 * messaging, no transactions; only {@code rpc} touches Dubbo; controllers live in {@code api} and get the services
 * as shop-api interfaces. Each web module's ArchUnit test checks its base package against these rules.
 */
public final class WebEdgeLayeringRules {

    private WebEdgeLayeringRules() {}

    public static List<ArchRule> rules(String basePackage) {
        return List.of(
                noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.apache.ibatis..",
                                "org.mybatis..",
                                "java.sql..",
                                "javax.sql..",
                                "org.springframework.jdbc..",
                                "org.springframework.dao..",
                                "org.flywaydb..",
                                "org.apache.rocketmq..",
                                "org.springframework.transaction..",
                                "jakarta.transaction..",
                                "com.shop.common.messaging..",
                                "com.shop.common.persistence..",
                                "com.shop.common.id..")
                        .as("the web edge has no database, no broker and no transactions"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage(basePackage + ".rpc..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.apache.dubbo..")
                        .as("only rpc touches Dubbo"),
                ServiceLayeringRules.sentinelOnlyIn(basePackage, basePackage + ".rpc.."),
                classes()
                        .that()
                        .areAnnotatedWith(RestController.class)
                        .should()
                        .resideInAPackage(basePackage + ".api..")
                        .as("controllers live in api"),
                noClasses()
                        .that()
                        .resideInAPackage(basePackage + ".api..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(basePackage + ".rpc..")
                        .as("controllers never see how services are reached"),
                classes()
                        .that()
                        .areAnnotatedWith(RestController.class)
                        .should(takeOnlyShopApiInterfacesOrWebEdgeHelpers()));
    }

    public static void check(String basePackage) {
        JavaClasses classes = ServiceLayeringRules.importMain(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    private static ArchCondition<JavaClass> takeOnlyShopApiInterfacesOrWebEdgeHelpers() {
        return new ArchCondition<>(
                "take only shop-api interfaces or shop-common web and tracing classes in their constructors") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (JavaConstructor constructor : controller.getConstructors()) {
                    for (JavaClass parameter : constructor.getRawParameterTypes()) {
                        boolean serviceInterface = parameter.isInterface()
                                && parameter.getPackageName().equals("com.shop.api");
                        boolean webEdge = parameter.getPackageName().startsWith("com.shop.common.web");
                        // naming the order or payment on the trace once its id is known is the edge's work too
                        boolean tracing = parameter.getPackageName().equals("com.shop.common.tracing");
                        if (!serviceInterface && !webEdge && !tracing) {
                            events.add(SimpleConditionEvent.violated(
                                    controller, controller.getName() + " takes " + parameter.getName()));
                        }
                    }
                }
            }
        };
    }
}
