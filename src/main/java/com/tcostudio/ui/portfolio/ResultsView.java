package com.tcostudio.ui.portfolio;

import com.tcostudio.charts.PlanCharts;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.ui.Shown;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import java.util.function.Function;

/**
 * The results: the verdict, a card per plan (TCO, feasibility and its reasons, the hidden cost as
 * two figures), the pair whose break-even is marked, and the charts with one curve per plan; the
 * by-use-case and breakdown charts show the plan picked. Only the chart in front is redrawn on an
 * edit; the others when they come to the front. Binds to {@link ResultsViewModel}.
 */
public final class ResultsView {
    /** Below this the charts' plot shrinks to a strip: the results scroll instead. */
    private static final double MIN_CHART_HEIGHT = 380;
    private final ResultsViewModel vm;
    private final Label verdict = new Label();
    private final FlowPane cards = new FlowPane(10, 10);
    private final ComboBox<String> pairA = new ComboBox<>();
    private final ComboBox<String> pairB = new ComboBox<>();
    private final ComboBox<String> chosen = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final ScrollPane root;
    /** The evaluation each tab last drew, so that a tab coming to the front redraws only when stale. */
    private final java.util.Map<Tab, Object> drawn = new java.util.HashMap<>();

    public ResultsView(ResultsViewModel vm) {
        this.vm = vm;
        verdict.setId("portfolio-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        cards.setId("plan-cards");
        cards.getStyleClass().add("summary-cards");
        for (ComboBox<String> box : List.of(pairA, pairB, chosen)) {
            box.setConverter(Shown.as(this::planName));
        }
        pairA.setId("pair-a");
        pairB.setId("pair-b");
        chosen.setId("chosen-plan");
        pairA.valueProperty().bindBidirectional(vm.pairAProperty());
        pairB.valueProperty().bindBidirectional(vm.pairBProperty());
        chosen.valueProperty().bindBidirectional(vm.chosenPlanProperty());
        Label breakEven = new Label();
        breakEven.setId("pair-break-even");
        breakEven.setWrapText(true);
        breakEven.textProperty().bind(vm.breakEvenTextProperty());
        Label failure = new Label();
        failure.getStyleClass().add("field-error");
        failure.textProperty().bind(vm.failureProperty());
        HBox pair = new HBox(8, new Label("Break-even of"), pairA, new Label("against"), pairB,
                new Label("   Cost by use case and by category of"), chosen);
        pair.getStyleClass().add("pair-strip");
        tabs.setId("portfolio-charts");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                chartTab("Cumulative cost", e -> PlanCharts.cumulative(e, vm.pairAProperty().get(), vm.pairBProperty().get())),
                chartTab("Cost per month", PlanCharts::monthly),
                chartTab("By use case", e -> PlanCharts.byUseCase(e, vm.chosenPlanProperty().get())),
                chartTab("Breakdown", e -> PlanCharts.breakdown(e, vm.chosenPlanProperty().get())));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> redraw(is, false));
        tabs.setMinHeight(MIN_CHART_HEIGHT);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(10, verdict, failure, cards, pair, breakEven, tabs);
        box.setPadding(new Insets(12));
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        cards.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("results");
        vm.cards().addListener((ListChangeListener<PlanCard>) c -> showCards());
        vm.evaluationProperty().addListener((o, was, e) -> {
            List<String> ids = e.plans().stream().map(PlanResult::planId).toList();
            for (ComboBox<String> b : List.of(pairA, pairB, chosen)) {
                if (!b.getItems().equals(ids)) {
                    String keep = b.getValue();
                    b.getItems().setAll(ids);
                    b.setValue(keep);
                }
            }
            drawn.clear();
            redraw(tabs.getSelectionModel().getSelectedItem(), true);
        });
        for (var p : List.of(vm.pairAProperty(), vm.pairBProperty(), vm.chosenPlanProperty())) {
            p.addListener((o, was, is) -> {
                drawn.clear();
                redraw(tabs.getSelectionModel().getSelectedItem(), true);
            });
        }
        if (vm.evaluationProperty().get() != null) {
            showCards();
            pairA.getItems().setAll(vm.evaluationProperty().get().plans().stream().map(PlanResult::planId).toList());
            pairB.getItems().setAll(pairA.getItems());
            chosen.getItems().setAll(pairA.getItems());
            redraw(tabs.getSelectionModel().getSelectedItem(), true);
        }
    }

    public Node node() {
        return root;
    }

    private String planName(String id) {
        PortfolioEvaluation e = vm.evaluationProperty().get();
        if (id == null || e == null) {
            return "";
        }
        return e.plans().stream().filter(p -> p.planId().equals(id)).map(PlanResult::name).findFirst().orElse(id);
    }

    private Tab chartTab(String title, Function<PortfolioEvaluation, JFreeChart> make) {
        ChartViewer viewer = new ChartViewer(null);
        viewer.getStyleClass().add("chart-viewer");
        Tab tab = new Tab(title, viewer);
        tab.setUserData(make);
        return tab;
    }

    @SuppressWarnings("unchecked")
    private void redraw(Tab tab, boolean force) {
        PortfolioEvaluation e = vm.evaluationProperty().get();
        if (tab == null || e == null || vm.chosenPlanProperty().get() == null || (!force && drawn.get(tab) == e)) {
            return;
        }
        Function<PortfolioEvaluation, JFreeChart> make = (Function<PortfolioEvaluation, JFreeChart>) tab.getUserData();
        ((ChartViewer) tab.getContent()).setChart(make.apply(e));
        drawn.put(tab, e);
    }

    private void showCards() {
        cards.getChildren().setAll(vm.cards().stream().map(ResultsView::card).toList());
    }

    private static Node card(PlanCard c) {
        Label title = new Label(c.name() + " TCO");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label value = new Label(c.tco());
        value.getStyleClass().add("card-value");
        Label detail = new Label(c.npv());
        detail.getStyleClass().add("card-detail");
        VBox card = new VBox(2, title, value, detail);
        card.getStyleClass().addAll("card", "plan-card");
        card.setId("plan-card-" + c.planId());
        if (c.cheapest()) {
            card.getStyleClass().add("cheapest");
            Label best = new Label("cheapest feasible");
            best.getStyleClass().add("cheapest-badge");
            card.getChildren().add(0, best);
        }
        if (!c.feasible()) {
            card.getStyleClass().add("infeasible");
            Label badge = new Label(c.badge());
            badge.getStyleClass().add("infeasible-badge");
            Label reasons = new Label(String.join("\n", c.reasons()));
            reasons.setWrapText(true);
            reasons.getStyleClass().add("card-detail");
            card.getChildren().addAll(badge, reasons);
        }
        Label staff = new Label("Operations staff, setup and upgrades: " + c.staffShare() + " of TCO");
        Label idle = new Label("GPU time paid for but idle: " + c.idleShare() + " of TCO");
        Label busy = new Label(c.utilization());
        for (Label l : List.of(staff, idle, busy)) {
            l.getStyleClass().add("card-detail");
            l.setWrapText(true);
        }
        card.getChildren().addAll(staff, idle, busy);
        if (!c.warnings().isEmpty()) {
            Label w = new Label("Not checked: " + String.join("; ", c.warnings()));
            w.getStyleClass().add("card-detail");
            w.setWrapText(true);
            card.getChildren().add(w);
        }
        return card;
    }
}
