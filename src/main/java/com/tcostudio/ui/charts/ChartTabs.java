package com.tcostudio.ui.charts;

import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.ui.compare.ComparisonViewModel;
import com.tcostudio.ui.main.ResultView;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The charts of an evaluation as tabs. Each tab shows a JFreeChart definition from
 * {@link TcoCharts} (the same one the report draws) in a viewer with zoom (drag; the context menu
 * resets it and exports PNG at 96/150/300 dpi or SVG), and exact values in tooltips.
 *
 * <p>Viewers are kept; a new evaluation redraws only the visible chart, and the others when they
 * are selected, so an edit costs one chart, not seven.
 */
public final class ChartTabs implements ResultView {
    private final TabPane tabs = new TabPane();
    private final List<ChartTab> chartTabs = new ArrayList<>();
    private Set<Setup> setups = Set.of();
    private Evaluation current;

    /** One tab: how to make its chart, its viewer, and the evaluation it last drew. */
    private static final class ChartTab {
        final Tab tab;
        final Function<Evaluation, JFreeChart> chart;
        final ChartViewer viewer = new ChartViewer(null);
        Evaluation drawn;

        ChartTab(String title, Function<Evaluation, JFreeChart> chart) {
            this.chart = chart;
            viewer.getStyleClass().add("chart-viewer");
            ChartExport.install(viewer);
            tab = new Tab(title, viewer);
            tab.setId("chart-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
        }
    }

    public ChartTabs() {
        tabs.setId("chart-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> drawSelected());
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void show(Evaluation e) {
        current = e;
        if (!e.setups().keySet().equals(setups)) {
            rebuildTabs(e);
        }
        drawSelected();
    }

    private void rebuildTabs(Evaluation e) {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        setups = Set.copyOf(e.setups().keySet());
        chartTabs.clear();
        chartTabs.add(new ChartTab("Cumulative", TcoCharts::cumulativeCost));
        chartTabs.add(new ChartTab("Monthly", TcoCharts::monthlyCost));
        for (Setup s : e.setups().keySet()) {
            chartTabs.add(new ChartTab("Breakdown: " + s.label(), ev -> TcoCharts.breakdown(ev, s)));
        }
        chartTabs.add(new ChartTab("Cost vs volume", TcoCharts::costVersusVolume));
        chartTabs.add(new ChartTab("Cost per MTok", TcoCharts::costPerMTok));
        tabs.getTabs().setAll(chartTabs.stream().map(t -> t.tab).toList());
        tabs.getSelectionModel().select(Math.min(selected, chartTabs.size() - 1));
    }

    private void drawSelected() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (current == null || i < 0 || i >= chartTabs.size()) {
            return;
        }
        ChartTab t = chartTabs.get(i);
        if (t.drawn != current) {
            t.viewer.setChart(t.chart.apply(current));
            t.drawn = current;
        }
    }

    /** The chart a tab shows now, for tests. */
    public JFreeChart visibleChart() {
        return chartTabs.get(tabs.getSelectionModel().getSelectedIndex()).viewer.getChart();
    }

    /** Chart of the cumulative costs of the cheapest options of a vendor ranking. */
    public static Node topOptions(java.util.List<com.tcostudio.core.compare.VendorComparison.Option> options) {
        ChartViewer viewer = new ChartViewer(ComparisonCharts.topOptions(options));
        viewer.getStyleClass().add("chart-viewer");
        ChartExport.install(viewer);
        return viewer;
    }

    /** Chart of the cumulative costs of compared scenarios. */
    public static Function<ComparisonViewModel, Node> comparison() {
        return vm -> {
            ChartViewer viewer = new ChartViewer(ComparisonCharts.cumulative(vm));
            viewer.getStyleClass().add("chart-viewer");
            ChartExport.install(viewer);
            return viewer;
        };
    }
}
