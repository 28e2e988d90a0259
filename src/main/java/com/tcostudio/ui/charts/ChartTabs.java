package com.tcostudio.ui.charts;

import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.ui.compare.ComparisonViewModel;
import com.tcostudio.ui.main.ResultView;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
 * are selected, so an edit costs one chart, not seven. With ranges, the cumulative chart shows the
 * Monte Carlo's bands once the simulation of the same scenario has finished, and a tornado tab
 * appears. Panes of their own (the what-if) follow the charts.
 */
public final class ChartTabs implements ResultView {
    private final TabPane tabs = new TabPane();
    private final List<ChartTab> chartTabs = new ArrayList<>();
    private final List<Tab> panes = new ArrayList<>();
    private Set<Setup> setups = Set.of();
    private boolean ranges;
    private Evaluation current;
    private UncertaintyViewModel.Analysis analysis;
    /** The setup the breakdown tab shows; self-hosting first, where the hidden costs are. */
    private Setup breakdownSetup = Setup.OPEN;

    /** One tab: how to make its chart, its viewer, and the evaluation (and analysis) it last drew. */
    private static final class ChartTab {
        final Tab tab;
        final Function<Evaluation, JFreeChart> chart;
        final boolean usesAnalysis;
        final ChartViewer viewer = ChartExport.viewer(null);
        Evaluation drawn;
        UncertaintyViewModel.Analysis drawnAnalysis;

        ChartTab(String title, Function<Evaluation, JFreeChart> chart) {
            this(title, chart, false);
        }

        ChartTab(String title, Function<Evaluation, JFreeChart> chart, boolean usesAnalysis) {
            this.chart = chart;
            this.usesAnalysis = usesAnalysis;
            tab = new Tab(title, viewer);
            tab.setId("chart-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
        }

        /** Draws again at the next chance, e.g. after a choice above the chart changed. */
        void invalidate() {
            drawn = null;
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
        boolean hasRanges = !e.scenario().uncertainty().isEmpty();
        if (!e.setups().keySet().equals(setups) || hasRanges != ranges) {
            rebuildTabs(e);
        }
        drawSelected();
    }

    @Override
    public void showAnalysis(UncertaintyViewModel.Analysis a) {
        analysis = a;
        drawSelected();
    }

    @Override
    public void addPane(String title, Node pane) {
        Tab tab = new Tab(title, pane);
        tab.setId("pane-" + title.toLowerCase().replaceAll("[^a-z]+", "-"));
        // the tab pane hides the region around a tab's content, not the content itself: tell the
        // pane whether it is in front, so that it does its work only then
        pane.setVisible(false);
        tab.selectedProperty().addListener((o, was, is) -> pane.setVisible(is));
        panes.add(tab);
        tabs.getTabs().add(tab);
    }

    private void rebuildTabs(Evaluation e) {
        // a pane the user chose stays in front; before the first evaluation, the charts come first
        Tab selectedTab = chartTabs.isEmpty() ? null : tabs.getSelectionModel().getSelectedItem();
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        setups = Set.copyOf(e.setups().keySet());
        ranges = !e.scenario().uncertainty().isEmpty();
        chartTabs.clear();
        // with ranges, the cumulative chart carries the P10-P90 bands of the simulation of this very scenario
        chartTabs.add(new ChartTab("Cumulative", ev -> analysis != null && analysis.matches(ev)
                ? TcoCharts.cumulativeCostWithBands(ev, analysis.simulation()) : TcoCharts.cumulativeCost(ev), true));
        chartTabs.add(new ChartTab("Monthly", TcoCharts::monthlyCost));
        chartTabs.add(breakdownTab(e));
        chartTabs.add(new ChartTab("Cost vs volume", TcoCharts::costVersusVolume));
        chartTabs.add(new ChartTab("Cost per MTok", TcoCharts::costPerMTok));
        if (ranges) {
            chartTabs.add(new ChartTab("Tornado", ev -> analysis == null ? null
                    : TcoCharts.tornado(analysis.sensitivity(), analysis.scenario()), true));
        }
        List<Tab> all = new ArrayList<>(chartTabs.stream().map(t -> t.tab).toList());
        all.addAll(panes);
        tabs.getTabs().setAll(all);
        if (panes.contains(selectedTab)) {
            tabs.getSelectionModel().select(selectedTab);
        } else {
            tabs.getSelectionModel().select(Math.min(selected, chartTabs.size() - 1));
        }
    }

    /**
     * One tab for the cost by category, with the setup chosen above the chart: one tab per setup
     * pushed the tornado and what-if tabs out of sight on a laptop screen.
     */
    private ChartTab breakdownTab(Evaluation e) {
        if (!e.has(breakdownSetup)) {
            breakdownSetup = Setup.OPEN;
        }
        ChartTab t = new ChartTab("Breakdown", ev -> TcoCharts.breakdown(ev, ev.has(breakdownSetup) ? breakdownSetup : Setup.OPEN));
        ToggleGroup group = new ToggleGroup();
        HBox choice = new HBox();
        List<Setup> shown = List.copyOf(e.setups().keySet());
        for (Setup s : shown) {
            ToggleButton b = new ToggleButton(s.label());
            // AtlantaFX's pill classes join the buttons into one segmented control
            int k = shown.indexOf(s);
            b.getStyleClass().add(k == 0 ? "left-pill" : k == shown.size() - 1 ? "right-pill" : "center-pill");
            b.setId("breakdown-" + s.key());
            b.setToggleGroup(group);
            b.setSelected(s == breakdownSetup);
            b.setOnAction(x -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                    return;
                }
                breakdownSetup = s;
                t.invalidate();
                drawSelected();
            });
            choice.getChildren().add(b);
        }
        BorderPane content = new BorderPane(t.viewer);
        BorderPane.setMargin(choice, new Insets(6, 0, 2, 0));
        content.setTop(choice);
        t.tab.setContent(content);
        return t;
    }

    private void drawSelected() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (current == null || i < 0 || i >= chartTabs.size()) {
            return;
        }
        ChartTab t = chartTabs.get(i);
        if (t.drawn != current || (t.usesAnalysis && t.drawnAnalysis != analysis)) {
            JFreeChart chart = t.chart.apply(current);
            if (chart == null) {
                // no analysis yet (or none any more: the scenario just lost its ranges and this tab
                // is about to go); the viewer keeps what it shows and draws once there is one
                return;
            }
            t.viewer.setChart(chart);
            t.drawn = current;
            t.drawnAnalysis = analysis;
        }
    }

    /** The chart a tab shows now, for tests. */
    public JFreeChart visibleChart() {
        return chartTabs.get(tabs.getSelectionModel().getSelectedIndex()).viewer.getChart();
    }

    /** Chart of the cumulative costs of the cheapest options of a vendor ranking. */
    public static Node topOptions(java.util.List<com.tcostudio.core.compare.VendorComparison.Option> options) {
        return ChartExport.viewer(ComparisonCharts.topOptions(options));
    }

    /** Chart of the cumulative costs of compared scenarios. */
    public static Function<ComparisonViewModel, Node> comparison() {
        return vm -> ChartExport.viewer(ComparisonCharts.cumulative(vm));
    }
}
