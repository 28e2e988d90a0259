package com.tcostudio.ui.portfolio;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * The plans as a route matrix (use cases down, plans across) with the plan commands, each plan's
 * feasibility badge from the results, and the Recommend action. Binds to
 * {@link RouteMatrixViewModel}, {@link RecommendViewModel} and the results' cards.
 */
public final class RouteMatrixView {
    /** A plan's column: its name such as "Haiku for chat, GPT-4.1 mini for the rest" in full. */
    private static final double HEADER_WIDTH = 290;
    /** Use-case names wrap beyond this, so that three plans fit beside them on a 1280-pixel screen. */
    private static final double ROW_LABEL_WIDTH = 230;
    private final RouteMatrixViewModel vm;
    private final ResultsViewModel results;
    private final GridPane grid = new GridPane();
    private List<List<Object>> shownFeasibility = List.of();
    private final VBox root;

    public RouteMatrixView(RouteMatrixViewModel vm, RecommendViewModel recommend, ResultsViewModel results) {
        this.vm = vm;
        this.results = results;
        grid.setId("route-matrix");
        grid.getStyleClass().add("part-table");
        grid.setHgap(16);
        grid.setVgap(10);
        Button addPlan = new Button("Add plan");
        addPlan.setId("add-plan");
        addPlan.setOnAction(e -> vm.addPlan());
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        Label intro = new Label("Each plan sends every use case to an option (or splits it by shares). The first plan is "
                + "the baseline the others are compared with.");
        intro.setWrapText(true);
        intro.getStyleClass().add("intro");
        root = new VBox(10, intro, new HBox(10, addPlan, message), grid, recommendStrip(recommend));
        root.setPadding(new Insets(12));
        vm.columns().addListener((ListChangeListener<RouteMatrixViewModel.Column>) c -> build());
        vm.rows().addListener((ListChangeListener<RouteMatrixViewModel.Row>) c -> build());
        vm.targets().addListener((ListChangeListener<TargetChoice>) c -> build());
        // a new evaluation after every edit: the grid is rebuilt only when a plan's feasibility changes
        results.cards().addListener((ListChangeListener<PlanCard>) c -> {
            List<List<Object>> now = feasibility();
            if (!now.equals(shownFeasibility)) {
                build();
            }
        });
        build();
    }

    public Node node() {
        ScrollPane s = new ScrollPane(root);
        s.getStyleClass().add("results");
        return s;
    }

    private Node recommendStrip(RecommendViewModel recommend) {
        Button run = new Button("Recommend");
        run.setId("recommend");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> recommend.run());
        ProgressBar progress = new ProgressBar();
        progress.setId("recommend-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(recommend.progressProperty());
        var running = recommend.statusProperty().isEqualTo(RecommendViewModel.Status.RUNNING);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        run.disableProperty().bind(running);
        Button cancel = new Button("Cancel");
        cancel.setId("recommend-cancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> recommend.cancel());
        Button adopt = new Button("Add it as a plan");
        adopt.setId("recommend-adopt");
        var found = Bindings.createBooleanBinding(() -> recommend.resultProperty().get() != null
                && !recommend.resultProperty().get().plans().isEmpty(), recommend.resultProperty());
        adopt.visibleProperty().bind(found);
        adopt.managedProperty().bind(found);
        adopt.setOnAction(e -> recommend.adopt());
        Label message = new Label();
        message.setId("recommend-message");
        message.setWrapText(true);
        message.textProperty().bind(recommend.messageProperty());
        Label what = new Label("Recommend tries every way to send each use case wholly to one option and finds the "
                + "cheapest that breaks no rule.");
        what.getStyleClass().add("unit");
        what.setWrapText(true);
        VBox box = new VBox(6, what, new HBox(10, run, progress, cancel, adopt), message);
        box.getStyleClass().add("recommend-strip");
        return box;
    }

    private List<List<Object>> feasibility() {
        return results.cards().stream().map(p -> List.<Object>of(p.planId(), p.badge(), p.reasons())).toList();
    }

    private void build() {
        shownFeasibility = feasibility();
        grid.getChildren().clear();
        int c = 1;
        for (RouteMatrixViewModel.Column col : vm.columns()) {
            grid.add(planHeader(col, c == 1), c, 0);
            c++;
        }
        int r = 1;
        for (RouteMatrixViewModel.Row row : vm.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("row-label");
            name.setWrapText(true);
            name.setMaxWidth(ROW_LABEL_WIDTH);
            grid.add(name, 0, r);
            c = 1;
            for (RouteMatrixViewModel.Column col : vm.columns()) {
                grid.add(cell(vm.cell(col.id(), row.id())), c++, r);
            }
            r++;
        }
    }

    private Node planHeader(RouteMatrixViewModel.Column col, boolean baseline) {
        String id = col.id();
        TextField name = new TextField(col.name());
        name.setId("plan-name-" + id);
        name.getStyleClass().add("part-name");
        name.setOnAction(e -> vm.renamePlan(id, name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is && !name.getText().equals(col.name())) {
                vm.renamePlan(id, name.getText());
            }
        });
        Hyperlink left = link("\u25c0", "move-left-" + id, () -> vm.movePlan(id, -1));
        Hyperlink right = link("\u25b6", "move-right-" + id, () -> vm.movePlan(id, 1));
        Hyperlink copy = link("Copy", "copy-plan-" + id, () -> vm.copyPlan(id));
        Hyperlink remove = link("Remove", "remove-plan-" + id, () -> vm.removePlan(id));
        VBox box = new VBox(2, name, new HBox(6, left, right, copy, remove));
        if (baseline) {
            Label b = new Label("baseline");
            b.getStyleClass().add("unit");
            box.getChildren().add(b);
        }
        Optional<PlanCard> card = results.cards().stream().filter(p -> p.planId().equals(id)).findFirst();
        card.filter(p -> !p.feasible()).ifPresent(p -> {
            Label badge = new Label(p.badge());
            badge.setId("badge-" + id);
            badge.getStyleClass().add("infeasible-badge");
            Label why = new Label(String.join("\n", p.reasons()));
            why.setWrapText(true);
            why.setMaxWidth(260);
            why.getStyleClass().add("badge-reasons");
            box.getChildren().addAll(badge, why);
        });
        box.setPrefWidth(HEADER_WIDTH);
        return box;
    }

    private Node cell(RouteCell cell) {
        VBox box = new VBox(4);
        box.getStyleClass().add("route-cell");
        ListChangeListener<RouteEntry> fill = ch -> fillCell(box, cell);
        // the cell outlives this box (the grid is rebuilt when plans change): a weak listener, held by the box
        box.getProperties().put("routes-listener", fill);
        cell.routes().addListener(new javafx.collections.WeakListChangeListener<>(fill));
        fillCell(box, cell);
        return box;
    }

    private void fillCell(VBox box, RouteCell cell) {
        box.getChildren().clear();
        String p = cell.planId();
        String w = cell.workloadId();
        String base = "route-" + p + "-" + w + "-";
        for (int k = 0; k < cell.routes().size(); k++) {
            RouteEntry e = cell.routes().get(k);
            int index = k;
            ComboBox<TargetChoice> target = new ComboBox<>(vm.targets());
            target.setId(base + k + "-to");
            target.setPrefWidth(HEADER_WIDTH);
            vm.targets().stream().filter(t -> t.id().equals(e.to())).findFirst().ifPresent(target::setValue);
            target.setOnAction(ev -> {
                if (target.getValue() != null && !target.getValue().id().equals(e.to())) {
                    vm.setTarget(p, w, index, target.getValue().id());
                }
            });
            VBox route = new VBox(2, target);
            if (cell.routes().size() > 1) {
                TextField share = new TextField(e.shareText());
                share.setId(base + k + "-share");
                share.setPromptText("the rest");
                share.setPrefColumnCount(5);
                share.setOnAction(ev -> vm.setShare(p, w, index, share.getText()));
                share.focusedProperty().addListener((o, was, is) -> {
                    if (!is && !share.getText().equals(e.shareText())) {
                        vm.setShare(p, w, index, share.getText());
                    }
                });
                Hyperlink drop = link("Remove", base + k + "-remove", () -> vm.removeRoute(p, w, index));
                route.getChildren().add(new HBox(6, new Label("share"), share, drop));
            }
            if (e.fixed()) {
                ComboBox<TargetChoice> over = new ComboBox<>(vm.overflowTargets());
                over.setId(base + k + "-overflow");
                vm.overflowTargets().stream().filter(t -> t.id().equals(e.overflow())).findFirst().ifPresent(over::setValue);
                over.setOnAction(ev -> {
                    if (over.getValue() != null && !over.getValue().id().equals(e.overflow())) {
                        vm.setOverflow(p, w, index, over.getValue().id());
                    }
                });
                route.getChildren().add(new HBox(6, new Label("overflow to"), over));
            }
            box.getChildren().add(route);
        }
        box.getChildren().add(link("Split", base + "split", () -> vm.split(p, w)));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(260);
        error.textProperty().bind(cell.errorProperty());
        error.managedProperty().bind(cell.errorProperty().isNotEmpty());
        box.getChildren().add(error);
    }

    private static Hyperlink link(String text, String id, Runnable action) {
        Hyperlink h = new Hyperlink(text);
        h.setId(id);
        h.setOnAction(e -> action.run());
        return h;
    }
}
