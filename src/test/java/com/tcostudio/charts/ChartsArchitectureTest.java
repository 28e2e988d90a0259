package com.tcostudio.charts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.tcostudio.charts", importOptions = ImportOption.DoNotIncludeTests.class)
class ChartsArchitectureTest {

    @ArchTest
    static final ArchRule chartsHaveNoJavaFx = noClasses().that().resideInAPackage("com.tcostudio.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.jfree.fx..")
            .because("the same chart definitions are drawn headless into PDF reports");

    @ArchTest
    static final ArchRule chartsReadOnlyTheCore = noClasses().that().resideInAPackage("com.tcostudio.charts..")
            .should().dependOnClassesThat().resideInAnyPackage("com.tcostudio.io..", "com.tcostudio.cli..",
                    "com.tcostudio.ui..", "com.tcostudio.report..")
            .because("charts draw the engine's Evaluation and nothing else; the ui and reports use them");
}
