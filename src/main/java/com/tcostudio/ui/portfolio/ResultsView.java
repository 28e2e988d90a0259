package com.tcostudio.ui.portfolio;

import com.tcostudio.charts.PlanCharts;
import com.tcostudio.charts.PortfolioCharts;
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
        breakEven.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        breakEven.textProperty().bind(vm.breakEvenTextProperty());
        Label failure = new Label();
        failure.getStyleClass().add("field-error");
        failure.textProperty().bind(vm.failureProperty());
        // a flow, not a row: on a small screen the choosers wrap instead of cutting their labels
        FlowPane pair = new FlowPane(8, 6);
        for (Node n : List.of(text("Break-even of"), pairA, text("against"), pairB, text("Cost by use case and category of"),
                chosen)) {
            pair.getChildren().add(n);
        }
        pair.getStyleClass().add("pair-strip");
        tabs.setId("portfolio-charts");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                chartTab("Cumulative cost", e -> PortfolioCharts.cumulative(e, vm.pairAProperty().get(), vm.pairBProperty().get())),
                chartTab("Cost per month", PlanCharts::monthlyCost),
                chartTab("By use case", e -> PortfolioCharts.byUseCase(e, vm.chosenPlanProperty().get())),
                chartTab("Breakdown", e -> PlanCharts.breakdown(e, e.plan(vm.chosenPlanProperty().get()))));
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

    private static Label text(String s) {
        Label l = new Label(s);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
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

    /** The cards, updated in place: the same nodes get new text after each edit (no new CSS and skins). */
    private void showCards() {
        List<PlanCard> list = vm.cards();
        while (cards.getChildren().size() > list.size()) {
            cards.getChildren().remove(cards.getChildren().size() - 1);
        }
        while (cards.getChildren().size() < list.size()) {
            cards.getChildren().add(new CardNode().box);
        }
        for (int i = 0; i < list.size(); i++) {
            ((CardNode) cards.getChildren().get(i).getUserData()).show(list.get(i));
        }
    }

    /** One plan's card: every line made once, shown or hidden by what the plan has. */
    private static final class CardNode {
        final VBox box = new VBox(2);
        final Label best = label("cheapest-badge");
        final Label title = label("card-title");
        final Label value = label("card-value");
        final Label npv = label("card-detail");
        final Label badge = label("infeasible-badge");
        final Label reasons = label("card-detail");
        final Label staff = label("card-detail");
        final Label idle = label("card-detail");
        final Label busy = label("card-detail");
        final Label warnings = label("card-detail");

        CardNode() {
            best.setText("cheapest feasible");
            box.getChildren().addAll(best, title, value, npv, badge, reasons, staff, idle, busy, warnings);
            box.getStyleClass().addAll("card", "plan-card");
            box.setUserData(this);
        }

        private static Label label(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
            return l;
        }

        void show(PlanCard c) {
            box.setId("plan-card-" + c.planId());
            title.setText(c.name() + " TCO");
            value.setText(c.tco());
            npv.setText(c.npv());
            best.setVisible(c.cheapest());
            badge.setText(c.badge());
            badge.setVisible(!c.feasible());
            reasons.setText(String.join("\n", c.reasons()));
            reasons.setVisible(!c.feasible());
            staff.setText("Operations staff, setup and upgrades: " + c.staffShare() + " of TCO");
            idle.setText("GPU time paid for but idle: " + c.idleShare() + " of TCO");
            busy.setText(c.utilization());
            warnings.setText("Not checked: " + String.join("; ", c.warnings()));
            warnings.setVisible(!c.warnings().isEmpty());
            box.getStyleClass().removeAll("cheapest", "infeasible");
            if (c.cheapest()) {
                box.getStyleClass().add("cheapest");
            }
            if (!c.feasible()) {
                box.getStyleClass().add("infeasible");
            }
        }
    }
}
