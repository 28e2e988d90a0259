package com.tcostudio.ui.main;

import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.compare.ComparisonViewModel;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.uncertainty.WhatIfPane;
import com.tcostudio.ui.uncertainty.WhatIfViewModel;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The main window: menus, the input form on the left, verdict, cards, the uncertainty strip and
 * the charts on the right, and a strip for background tasks at the foot. It puts the parts
 * together; all state and rules live in the ViewModels.
 */
public final class MainWindow {
    /** Below this the chart's plot shrinks to a strip: the results scroll instead. */
    private static final double MIN_CHART_HEIGHT = 380;
    /**
     * Below this window height (a 1366x768 laptop: about 700 pixels for the window) the cards go
     * compact, so that with ranges (three rows of cards) the chart still starts above the fold.
     */
    private static final double COMPACT_BELOW = 860;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** The ViewModels the window binds to. */
    public record Models(MainViewModel main, UncertaintyViewModel uncertainty, WhatIfViewModel whatIf,
                         PriceCatalogueViewModel prices, ExportViewModel exports) {
    }

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final InputForm form;
    private final FileActions files;

    /**
     * @param charts          shows each new evaluation (the chart tabs; one chart definition serves screen and report)
     * @param comparisonChart the chart of a comparison of scenario files
     */
    public MainWindow(Models models, UserSettings settings, Stage stage, ResultView charts,
                      Function<ComparisonViewModel, Node> comparisonChart) {
        this.vm = models.main();
        files = new FileActions(vm, models.exports(), models.prices(), settings, stage, comparisonChart);
        charts.addPane("What-if", new WhatIfPane(models.whatIf()).node());
        root.setTop(MainMenus.of(vm, models.prices(), files, settings, stage));
        form = new InputForm(vm, models.prices().catalogueProperty(), new CurrencyViewModel(vm));
        SplitPane split = new SplitPane(form.view(), results(models.uncertainty(), charts));
        split.setDividerPositions(0.34);
        root.setCenter(split);
        VBox tasks = new VBox(TaskStrip.of("export-task", models.exports().status()),
                TaskStrip.of("catalogue-task", models.prices().status()));
        tasks.setPadding(new Insets(0, 12, 0, 12));
        root.setBottom(tasks);
        // a text field would take Ctrl+Z for its own history, which the scenario's undo already
        // holds (each keystroke is applied): the window undoes, the refused text of a field first
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
    }

    /**
     * Builds now the input sections below the fold, which are otherwise built just after the first
     * frame: for a robot that looks up any field at once, and for the class-loading training run.
     */
    public void buildWholeForm() {
        form.buildAll();
    }

    public Parent root() {
        return root;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Opens a file; a file that cannot be used is explained and the current work stays. */
    public void openFile(Path path) {
        files.openFile(path);
    }

    /** True when there are no unsaved changes, or the user saved or chose to discard them. */
    public boolean confirmDiscard() {
        return files.confirmDiscard();
    }

    private Node results(UncertaintyViewModel uncertainty, ResultView charts) {
        SummaryCards summary = new SummaryCards(vm, uncertainty);
        summary.compactProperty().bind(root.heightProperty().lessThan(COMPACT_BELOW));
        BorderPane chartArea = new BorderPane(charts.node());
        chartArea.setId("chart-area");
        VBox box = new VBox(10, summary.verdict(), summary.cards(), UncertaintyStrip.of(uncertainty), chartArea);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        chartArea.setMinHeight(MIN_CHART_HEIGHT);
        box.setPadding(new Insets(12));
        vm.evaluationProperty().addListener((o, old, e) -> charts.show(e));
        uncertainty.analysisProperty().addListener((o, old, a) -> charts.showAnalysis(a));
        charts.showAnalysis(uncertainty.analysisProperty().get());
        if (vm.evaluationProperty().get() != null) {
            charts.show(vm.evaluationProperty().get());
        }
        // on a small screen with three rows of cards, the results scroll rather than squash the chart
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("results");
        return scroll;
    }
}
