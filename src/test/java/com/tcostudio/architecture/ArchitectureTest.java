package com.tcostudio.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of docs/architecture.md: ui --> report, cli --> charts, io --> core. */
@AnalyzeClasses(packages = "com.tcostudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAPackage("com.tcostudio.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the cost engine runs headless: on the command line, in reports and in Monte Carlo threads");

    @ArchTest
    static final ArchRule coreHasNoFileFormats = noClasses().that().resideInAPackage("com.tcostudio.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "com.networknt..", "picocli..")
            .because("file formats are the io layer's business; the core works on validated values");

    @ArchTest
    static final ArchRule coreDependsOnNothingAbove = noClasses().that().resideInAPackage("com.tcostudio.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.tcostudio.io..", "com.tcostudio.cli..",
                    "com.tcostudio.ui..", "com.tcostudio.report..")
            .because("every layer stands on the core, never the other way round");

    @ArchTest
    static final ArchRule ioHasNoUi = noClasses().that().resideInAPackage("com.tcostudio.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.tcostudio.ui..",
                    "com.tcostudio.cli..", "com.tcostudio.report..")
            .because("reading and writing files must work without a display");

    @ArchTest
    static final ArchRule reportsAreHeadless = noClasses().that().resideInAnyPackage("com.tcostudio.report..",
                    "com.tcostudio.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.tcostudio.ui..",
                    "com.tcostudio.cli..")
            .because("reports are made from the command line and in CI, where there is no display");

    @ArchTest
    static final ArchRule cliHasNoUi = noClasses().that().resideInAPackage("com.tcostudio.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.tcostudio.ui..")
            .because("the command line runs on machines without a display");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
            .because("a ViewModel holds state and rules and is tested without a robot; controls, layout and "
                    + "dialogs are the views' business");

    @ArchTest
    static final ArchRule noCycles = slices().matching("com.tcostudio.(*)..").should().beFreeOfCycles()
            .because("layers depend one way");
}
