package com.tcostudio.ui.charts;

import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.ui.compare.ComparisonViewModel;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.function.Function;

/**
 * The charts of an evaluation as tabs. Each tab shows a JFreeChart definition from
 * {@link TcoCharts} (the same one the report draws) in a viewer with zoom (drag; double-click or
 * the context menu to reset), exact values in tooltips, and export from its context menu.
 */
public final class ChartTabs {
    private ChartTabs() {
    }

    public static Node build(Evaluation e) {
        TabPane tabs = new TabPane();
        tabs.setId("chart-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("Cumulative", TcoCharts.cumulativeCost(e)));
        tabs.getTabs().add(tab("Monthly", TcoCharts.monthlyCost(e)));
        for (Setup s : e.setups().keySet()) {
            tabs.getTabs().add(tab("Breakdown: " + s.label(), TcoCharts.breakdown(e, s)));
        }
        tabs.getTabs().add(tab("Cost vs volume", TcoCharts.costVersusVolume(e)));
        tabs.getTabs().add(tab("Cost per MTok", TcoCharts.costPerMTok(e)));
        return tabs;
    }

    /** Chart of the cumulative costs of compared scenarios. */
    public static Function<ComparisonViewModel, Node> comparison() {
        return vm -> viewer(ComparisonCharts.cumulative(vm));
    }

    private static Tab tab(String title, JFreeChart chart) {
        Tab tab = new Tab(title, viewer(chart));
        tab.setId("chart-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
        return tab;
    }

    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("chart-viewer");
        return viewer;
    }
}
