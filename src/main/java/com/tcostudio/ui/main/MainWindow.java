package com.tcostudio.ui.main;

import com.tcostudio.ui.Shown;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.ui.Themes;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.compare.ComparisonViewModel;
import com.tcostudio.ui.compare.ComparisonWindow;
import com.tcostudio.ui.compare.VendorsViewModel;
import com.tcostudio.ui.compare.VendorsWindow;
import com.tcostudio.core.AppVersion;
import com.tcostudio.report.ExcelWorkbook;
import com.tcostudio.report.PdfReport;
import com.tcostudio.report.Summary;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.io.AtomicFiles;
import com.tcostudio.io.UserDirectories;
import com.tcostudio.io.json.EvaluationCsv;
import com.tcostudio.io.catalogue.CatalogueImportException;
import com.tcostudio.io.catalogue.CatalogueLoader;
import com.tcostudio.io.catalogue.LiteLlmImport;
import com.tcostudio.io.catalogue.LiteLlmImporter;
import com.tcostudio.ui.catalogue.CatalogueBrowser;
import com.tcostudio.ui.catalogue.CatalogueBrowserViewModel;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.uncertainty.WhatIfPane;
import com.tcostudio.ui.uncertainty.WhatIfViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.nio.file.Files;
import java.time.LocalDate;
import com.tcostudio.ui.help.MethodologyWindow;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main window: menus, the input form on the left, summary cards and charts on the right. It
 * binds to {@link MainViewModel} and shows dialogs; all state and rules live in the ViewModel.
 */
public final class MainWindow {
    /** Card values longer than this many characters are set a size smaller. */
    private static final int LONG_VALUE = 10;
    /** Below this the chart's plot shrinks to a strip: the results scroll instead. */
    private static final double MIN_CHART_HEIGHT = 380;
    private final MainViewModel vm;
    private final UncertaintyViewModel uncertainty;
    private final UserSettings settings;
    private final Stage stage;
    private final ResultView charts;
    private final Function<ComparisonViewModel, Node> comparisonChart;
    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>(this, "catalogue");
    private final BorderPane root = new BorderPane();
    private final InputForm form;
    private final FlowPane cards = new FlowPane(10, 10);
    private final Label verdict = new Label();
    private final Menu recent = new Menu("Open _Recent");

    /**
     * @param uncertainty the Monte Carlo and tornado of the scenario being edited
     * @param whatIf      the what-if sweep, shown in a tab beside the charts
     * @param charts      shows each new evaluation (the chart tabs; one chart definition serves screen and report)
     */
    public MainWindow(MainViewModel vm, UncertaintyViewModel uncertainty, WhatIfViewModel whatIf, UserSettings settings,
                      Stage stage, Catalogue catalogue, ResultView charts, Function<ComparisonViewModel, Node> comparisonChart) {
        this.vm = vm;
        this.uncertainty = uncertainty;
        this.settings = settings;
        this.stage = stage;
        this.catalogue.set(catalogue);
        this.charts = charts;
        this.comparisonChart = comparisonChart;
        charts.addPane("What-if", new WhatIfPane(whatIf).node());
        root.setTop(menus());
        form = new InputForm(vm, this.catalogue);
        SplitPane split = new SplitPane(form.view(), results());
        split.setDividerPositions(0.34);
        root.setCenter(split);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
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

    private Node results() {
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        verdict.setId("verdict");
        cards.setId("summary-cards");
        cards.getStyleClass().add("summary-cards");
        BorderPane chartArea = new BorderPane(charts.node());
        chartArea.setId("chart-area");
        VBox box = new VBox(10, verdict, cards, uncertaintyStrip(), chartArea);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        chartArea.setMinHeight(MIN_CHART_HEIGHT);
        // the text and the cards keep their full height: the scroll pane below then scrolls
        // instead of squeezing or cutting them
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        cards.setMinHeight(Region.USE_PREF_SIZE);
        box.setPadding(new Insets(12));
        vm.evaluationProperty().addListener((o, old, e) -> show(e));
        uncertainty.analysisProperty().addListener((o, old, a) -> {
            charts.showAnalysis(a);
            refreshCards();
        });
        uncertainty.statusProperty().addListener((o, old, now) -> refreshCards());
        charts.showAnalysis(uncertainty.analysisProperty().get());
        if (vm.evaluationProperty().get() != null) {
            show(vm.evaluationProperty().get());
        }
        // on a small screen with three rows of cards, the results scroll rather than squash the chart
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("results");
        return scroll;
    }

    /**
     * One line under the cards: what the Monte Carlo is doing, its progress and a cancel button
     * while it runs, and the number of cases and the seed.
     */
    private Node uncertaintyStrip() {
        Label title = new Label("Uncertainty");
        title.getStyleClass().add("range-title");
        Label message = new Label();
        message.setId("uncertainty-message");
        message.getStyleClass().add("uncertainty-message");
        message.textProperty().bind(uncertainty.messageProperty());
        BooleanBinding running = uncertainty.statusProperty().isEqualTo(UncertaintyViewModel.Status.RUNNING);
        ProgressBar progress = new ProgressBar();
        progress.setId("uncertainty-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(uncertainty.progressProperty());
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        Button cancel = new Button("Cancel");
        cancel.setId("uncertainty-cancel");
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        cancel.setOnAction(e -> uncertainty.cancel());
        ComboBox<Integer> samples = new ComboBox<>();
        samples.setId("uncertainty-samples");
        samples.getItems().addAll(UncertaintyViewModel.SAMPLE_CHOICES);
        samples.setConverter(Shown.as(n -> Formats.count(n) + " cases"));
        samples.setValue(uncertainty.samplesProperty().get());
        samples.setOnAction(e -> uncertainty.samplesProperty().set(samples.getValue()));
        samples.setTooltip(new Tooltip("Number of Monte Carlo samples: more is smoother and slower"));
        TextField seed = new TextField(String.valueOf(uncertainty.seedProperty().get()));
        seed.setId("uncertainty-seed");
        seed.setPrefColumnCount(5);
        seed.setTooltip(new Tooltip("Seed of the random generator: the same seed gives the same result on every "
                + "machine (the command line's simulate --seed)"));
        Runnable commitSeed = () -> {
            try {
                uncertainty.seedProperty().set(Long.parseLong(seed.getText().strip()));
            } catch (NumberFormatException ex) {
                seed.setText(String.valueOf(uncertainty.seedProperty().get()));
            }
        };
        seed.setOnAction(e -> commitSeed.run());
        seed.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitSeed.run();
            }
        });
        Label seedLabel = new Label("seed");
        BooleanBinding hasRanges = uncertainty.statusProperty().isNotEqualTo(UncertaintyViewModel.Status.NO_RANGES);
        for (Node n : List.of(samples, seedLabel, seed)) {
            n.visibleProperty().bind(hasRanges);
            n.managedProperty().bind(hasRanges);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox strip = new HBox(title, message, progress, cancel, gap, samples, seedLabel, seed);
        strip.setId("uncertainty-strip");
        strip.getStyleClass().add("uncertainty-strip");
        return strip;
    }


    /** Updates verdict and cards and hands the evaluation to the charts. */
    private void show(Evaluation e) {
        verdict.setText(Summary.verdict(e));
        refreshCards();
        charts.show(e);
    }

    /**
     * The cards, updated in place (same cards, new text). With ranges, the Monte Carlo's cards
     * follow, dimmed while they are of an earlier version of the scenario.
     */
    private void refreshCards() {
        Evaluation e = vm.evaluationProperty().get();
        if (e == null) {
            return;
        }
        List<Summary.Card> values = new java.util.ArrayList<>(Summary.cards(e));
        int plain = values.size();
        if (!e.scenario().uncertainty().isEmpty()) {
            values.addAll(uncertainty.cards());
        }
        boolean stale = uncertainty.analysisProperty().get() == null || !uncertainty.analysisProperty().get().matches(e);
        while (cards.getChildren().size() > values.size()) {
            cards.getChildren().remove(cards.getChildren().size() - 1);
        }
        while (cards.getChildren().size() < values.size()) {
            Label title = new Label();
            title.getStyleClass().add("card-title");
            title.setWrapText(true);
            Label value = new Label();
            value.getStyleClass().add("card-value");
            Label detail = new Label();
            detail.getStyleClass().add("card-detail");
            detail.setWrapText(true);
            VBox card = new VBox(2, title, value, detail);
            card.getStyleClass().add("card");
            cards.getChildren().add(card);
        }
        for (int i = 0; i < values.size(); i++) {
            VBox card = (VBox) cards.getChildren().get(i);
            ((Label) card.getChildren().get(0)).setText(values.get(i).title());
            Label value = (Label) card.getChildren().get(1);
            value.setText(values.get(i).value());
            // "Self-hosted" and "from the start" fit a card only a size smaller
            value.getStyleClass().remove("long");
            if (value.getText().length() > LONG_VALUE) {
                value.getStyleClass().add("long");
            }
            ((Label) card.getChildren().get(2)).setText(values.get(i).detail());
            card.getStyleClass().removeAll("uncertain", "stale");
            if (i >= plain) {
                card.getStyleClass().add("uncertain");
                if (stale) {
                    card.getStyleClass().add("stale");
                }
            }
        }
    }

    private MenuBar menus() {
        MenuItem newItem = item("_New", "Shortcut+N", () -> {
            if (confirmDiscard()) {
                vm.newScenario();
            }
        });
        MenuItem open = item("_Open...", "Shortcut+O", this::openWithChooser);
        MenuItem save = item("_Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As...", "Shortcut+Shift+S", this::saveAs);
        MenuItem compare = item("_Compare scenarios...", "Shortcut+K", this::compareWithChooser);
        MenuItem importLiteLlm = item("_Import LiteLLM prices...", "Shortcut+I", this::importLiteLlm);
        MenuItem exportReport = item("_Export report (PDF)...", "Shortcut+E", () -> exportReport(false));
        MenuItem exportReportVendors = new MenuItem("Export report with vendor ranking (PDF)...");
        exportReportVendors.setOnAction(e -> exportReport(true));
        MenuItem exportWorkbook = item("Export _workbook (Excel)...", "Shortcut+Shift+E", this::exportWorkbook);
        MenuItem exportCsv = new MenuItem("Export monthly breakdown (_CSV)...");
        exportCsv.setOnAction(e -> exportCsv());
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                stage.hide();
            }
        });
        refreshRecent();
        Menu file = new Menu("_File", null, newItem, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportReport, exportReportVendors, exportWorkbook, exportCsv, compare, importLiteLlm, new SeparatorMenuItem(), quit);
        MenuItem undo = item("_Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Y", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo);
        MenuItem theme = item("Toggle _dark theme", "Shortcut+Shift+D", () -> {
            boolean dark = !settings.darkTheme();
            settings.setDarkTheme(dark);
            Themes.apply(stage.getScene(), dark);
        });
        MenuItem browser = item("Price _catalogue", "Shortcut+L", this::showCatalogue);
        MenuItem vendors = item("Compare _vendors", "Shortcut+R", () -> VendorsWindow.show(stage,
                new VendorsViewModel(vm.scenario(), catalogue.get()), vm, vm.scenario().currency().code(),
                com.tcostudio.ui.charts.ChartTabs::topOptions));
        Menu view = new Menu("_View", null, browser, vendors, theme);
        MenuItem methodology = item("_Methodology", "F1", () -> MethodologyWindow.show(stage));
        MenuItem about = new MenuItem("_About TCO Studio");
        about.setOnAction(e -> {
            Alert box = new Alert(Alert.AlertType.INFORMATION);
            box.initOwner(stage);
            box.setTitle("About TCO Studio");
            box.setHeaderText("TCO Studio " + AppVersion.get());
            box.setContentText("What it really costs to run large language models: a closed API, open weights on "
                    + "your own or rented GPUs, or a hybrid.\nCost model: METHODOLOGY.md version 1. Works offline; "
                    + "prices come from the shipped catalogue and your imports.");
            box.getDialogPane().setId("about");
            box.showAndWait();
        });
        Menu help = new Menu("_Help", null, methodology, about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (Path p : settings.recentFiles()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile(p));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /**
     * Writes the PDF report of the current evaluation (A4; the command line offers Letter), with or
     * without the page ranking the catalogue's options for this workload, and with the uncertainty
     * pages when the scenario has ranges (the analysis on screen, the same cases and seed).
     */
    private void exportReport(boolean withVendors) {
        Evaluation e = vm.evaluationProperty().get();
        if (e == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        Path current = vm.fileProperty().get();
        String source = current == null ? "unsaved scenario" : String.valueOf(current.getFileName());
        chooser.setInitialFileName((current == null ? "tco-report" : source.replaceAll("\\.[^.]*$", "")) + ".pdf");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            new PdfReport(e, source, LocalDate.now(), PdfReport.Paper.A4, withVendors
                    ? com.tcostudio.core.compare.VendorComparison.rank(e.scenario(), catalogue.get()) : List.of(),
                    uncertainty.forReport(e)).write(f.toPath());
        } catch (IOException ex) {
            error("Cannot export the report", ex.getMessage());
        }
    }

    /**
     * Writes the evaluation as an Excel workbook (numbers as numbers, currency formats), with the
     * Monte Carlo's bands and the tornado when the scenario has ranges.
     */
    private void exportWorkbook() {
        Evaluation e = vm.evaluationProperty().get();
        if (e == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export workbook");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        chooser.setInitialFileName("tco-breakdown.xlsx");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            new ExcelWorkbook(e, uncertainty.forReport(e)).write(f.toPath());
        } catch (IOException ex) {
            error("Cannot export the workbook", ex.getMessage());
        }
    }

    /** The monthly breakdown as CSV, the same as {@code evaluate FILE --csv}. */
    private void exportCsv() {
        Evaluation e = vm.evaluationProperty().get();
        if (e == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export monthly breakdown");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("tco-breakdown.csv");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            AtomicFiles.writeString(f.toPath(), EvaluationCsv.toCsv(e));
        } catch (IOException ex) {
            error("Cannot export the breakdown", ex.getMessage());
        }
    }

    private void showCatalogue() {
        CatalogueBrowserViewModel browserVm = new CatalogueBrowserViewModel(catalogue.get(), LocalDate.now());
        catalogue.addListener((o, old, now) -> browserVm.setCatalogue(now));
        new CatalogueBrowser(browserVm, vm::useCatalogueEntry, this::importLiteLlm).show(stage);
    }

    /**
     * Imports a LiteLLM price file into the user's catalogue folder, then reloads the catalogue so
     * pickers, markers and the browser show the new prices.
     */
    private void importLiteLlm() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import LiteLLM price file (model_prices_and_context_window.json)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) {
            return;
        }
        try {
            LiteLlmImporter importer = new LiteLlmImporter();
            LiteLlmImport result = importer.read(f.toPath(), LiteLlmImporter.lastModifiedDate(f.toPath()));
            Path dir = UserDirectories.catalogue();
            Files.createDirectories(dir);
            importer.write(result.models(), dir.resolve("litellm-import.json"));
            Catalogue reloaded = new CatalogueLoader().load(List.of(dir));
            catalogue.set(reloaded);
            vm.setCatalogue(reloaded);
            Alert done = new Alert(Alert.AlertType.INFORMATION, "Imported " + result.models().size()
                    + " chat models into " + dir + ".\nSkipped " + result.skippedCount() + ":\n"
                    + String.join("\n", result.skippedSummary()));
            done.initOwner(stage);
            done.setTitle("LiteLLM import");
            done.setHeaderText("Prices imported");
            done.showAndWait();
        } catch (CatalogueImportException e) {
            error("Cannot import", e.getMessage());
        } catch (IOException e) {
            error("Cannot import", e.getMessage());
        }
    }

    /** Compares the current scenario with files the user picks. */
    private void compareWithChooser() {
        List<File> files = chooser("Compare with scenarios").showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) {
            return;
        }
        ComparisonViewModel comparison = new ComparisonViewModel(catalogue.get());
        Path current = vm.fileProperty().get();
        comparison.add(current != null ? current : Path.of(vm.scenario().name()), vm.evaluationProperty().get());
        for (File f : files) {
            comparison.add(f.toPath());
        }
        ComparisonWindow.show(stage, comparison, comparisonChart);
    }

    private void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser("Open scenario").showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a file; a file that cannot be used is explained and the current work stays. */
    public void openFile(Path path) {
        try {
            vm.open(path);
            settings.addRecentFile(path);
            refreshRecent();
        } catch (ScenarioFileException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Cannot open scenario");
            alert.setHeaderText("This file cannot be used; your current work is unchanged.");
            alert.setContentText(e.describeAll());
            alert.getDialogPane().setId("open-error");
            alert.showAndWait();
        }
    }

    private boolean save() {
        try {
            if (vm.save()) {
                return true;
            }
            return saveAs();
        } catch (IOException e) {
            error("Cannot save", e.getMessage());
            return false;
        }
    }

    private boolean saveAs() {
        File f = chooser("Save scenario as").showSaveDialog(stage);
        if (f == null) {
            return false;
        }
        try {
            vm.saveAs(f.toPath());
            settings.addRecentFile(f.toPath());
            refreshRecent();
            return true;
        } catch (IOException e) {
            error("Cannot save", e.getMessage());
            return false;
        }
    }

    /** True when there are no unsaved changes, or the user saved or chose to discard them. */
    public boolean confirmDiscard() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to \"" + vm.scenario().name() + "\"?",
                saveButton, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("The scenario has unsaved changes.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json, *.tco)", "*.json", "*.tco"));
        Path current = vm.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    private void error(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.showAndWait();
    }


}
