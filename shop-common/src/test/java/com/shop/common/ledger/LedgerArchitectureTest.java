package com.shop.common.ledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ledger protocol is part of every service's domain, so it stays plain Java: no framework, no storage. */
class LedgerArchitectureTest {

    @Test
    void theLedgerDependsOnlyOnTheJdkTheContractsAndLogging() {
        noClasses()
                .that()
                .resideInAPackage("com.shop.common.ledger..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..", "com.shop.api..", "com.shop.common.ledger..", "org.slf4j..", "lombok..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.shop.common.ledger"));
    }
}
