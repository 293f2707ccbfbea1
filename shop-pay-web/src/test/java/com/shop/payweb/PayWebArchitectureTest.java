package com.shop.payweb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The web edge translates HTTP to Dubbo calls and back (ARCHITECTURE.md §2): no SQL, no messaging, no transactions. */
class PayWebArchitectureTest {

    private static final String BASE = "com.shop.payweb";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void noPersistenceMessagingOrTransactions() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.ibatis..", "org.mybatis..", "java.sql..", "javax.sql..", "org.springframework.jdbc..",
                        "org.springframework.dao..", "org.flywaydb..", "org.apache.rocketmq..",
                        "org.springframework.transaction..", "jakarta.transaction..", "com.shop.common.messaging..",
                        "com.shop.common.persistence..", "com.shop.common.id..")
                .as("the web edge has no database, no broker and no transactions")
                .check(MAIN);
    }

    @Test
    void onlyRpcTouchesDubbo() {
        noClasses().that().resideOutsideOfPackage(BASE + ".rpc..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.dubbo..")
                .as("only rpc touches Dubbo")
                .check(MAIN);
    }

    @Test
    void controllersLiveInApiAndGetServicesAsShopApiInterfaces() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage(BASE + ".api..")
                .check(MAIN);
        noClasses().that().resideInAPackage(BASE + ".api..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".rpc..")
                .as("controllers never see how services are reached")
                .check(MAIN);
        classes().that().areAnnotatedWith(RestController.class)
                .should(takeOnlyShopApiInterfacesOrWebEdgeHelpers())
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> takeOnlyShopApiInterfacesOrWebEdgeHelpers() {
        return new ArchCondition<>("take only shop-api interfaces or shop-common web classes in their constructors") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (JavaConstructor constructor : controller.getConstructors()) {
                    for (JavaClass parameter : constructor.getRawParameterTypes()) {
                        boolean serviceInterface = parameter.isInterface() && parameter.getPackageName().equals("com.shop.api");
                        boolean webEdge = parameter.getPackageName().startsWith("com.shop.common.web");
                        if (!serviceInterface && !webEdge) {
                            events.add(SimpleConditionEvent.violated(controller,
                                    controller.getName() + " takes " + parameter.getName()));
                        }
                    }
                }
            }
        };
    }
}
