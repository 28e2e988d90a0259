package com.tcostudio.core.catalogue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CatalogueArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tcostudio");

    @Test
    void catalogueCoreUsesPlainJavaOnly() {
        noClasses().that().resideInAPackage("com.tcostudio.core.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.networknt..", "javafx..",
                        "com.tcostudio.io..", "com.tcostudio.ui..", "com.tcostudio.cli..")
                .because("the calculation core must run, and be tested, without a file format or a screen; "
                        + "the loaders depend on the core, never the other way round")
                .check(CLASSES);
    }

    @Test
    void catalogueFilesCodeHasNoUserInterface() {
        noClasses().that().resideInAPackage("com.tcostudio.io.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.tcostudio.ui..")
                .because("the command line and reports load catalogues too, with no JavaFX toolkit running")
                .check(CLASSES);
    }
}
