package com.tcostudio.ui.main;

import com.tcostudio.ui.Dialogs;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.compare.ComparisonViewModel;
import com.tcostudio.ui.compare.ComparisonWindow;
import com.tcostudio.ui.util.TaskStatus;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The file dialogs of the main window: open, save, the recent files, exports, imports and the
 * comparison with other files. It asks the user for a file and hands it to a ViewModel; what the
 * background tasks report when they finish is shown here as a message.
 */
final class FileActions {
    private final MainViewModel vm;
    private final ExportViewModel exports;
    private final PriceCatalogueViewModel prices;
    private final UserSettings settings;
    private final Stage stage;
    private final Function<ComparisonViewModel, Node> comparisonChart;
    private final Menu recent = new Menu("Open _Recent");

    FileActions(MainViewModel vm, ExportViewModel exports, PriceCatalogueViewModel prices, UserSettings settings,
                Stage stage, Function<ComparisonViewModel, Node> comparisonChart) {
        this.vm = vm;
        this.exports = exports;
        this.prices = prices;
        this.settings = settings;
        this.stage = stage;
        this.comparisonChart = comparisonChart;
        reportOutcomes(exports.status());
        reportOutcomes(prices.status());
        refreshRecent();
    }

    /** Shows what a finished background task did; errors as errors. */
    private void reportOutcomes(TaskStatus status) {
        status.outcomeProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            Alert box = new Alert(now.failed() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, now.text());
            box.initOwner(stage);
            box.setTitle(now.title());
            box.setHeaderText(now.title());
            box.getDialogPane().setId(now.failed() ? "task-error" : "task-done");
            box.show();
        });
    }

    Menu recentMenu() {
        return recent;
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

    void newScenario() {
        if (confirmDiscard()) {
            vm.newScenario();
        }
    }

    void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser("Open scenario").showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a file; a file that cannot be used is explained and the current work stays. */
    void openFile(Path path) {
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

    boolean save() {
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

    boolean saveAs() {
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
    boolean confirmDiscard() {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        Dialogs.UnsavedChoice choice = Dialogs.askToSave(stage, "scenario", vm.scenario().name());
        return choice == Dialogs.UnsavedChoice.DISCARD || (choice == Dialogs.UnsavedChoice.SAVE && save());
    }

    void exportReport(boolean withVendors) {
        if (vm.evaluationProperty().get() == null) {
            return;
        }
        File f = saveChooser("Export report", "PDF", "*.pdf", exports.suggestedReportName()).showSaveDialog(stage);
        if (f != null) {
            exports.exportReport(f.toPath(), withVendors);
        }
    }

    void exportWorkbook() {
        if (vm.evaluationProperty().get() == null) {
            return;
        }
        File f = saveChooser("Export workbook", "Excel workbook", "*.xlsx", "tco-breakdown.xlsx").showSaveDialog(stage);
        if (f != null) {
            exports.exportWorkbook(f.toPath());
        }
    }

    void exportCsv() {
        if (vm.evaluationProperty().get() == null) {
            return;
        }
        File f = saveChooser("Export monthly breakdown", "CSV", "*.csv", "tco-breakdown.csv").showSaveDialog(stage);
        if (f != null) {
            exports.exportCsv(f.toPath());
        }
    }

    /** Imports a LiteLLM price file; pickers, markers and the browser follow the reloaded catalogue. */
    void importLiteLlm() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import LiteLLM price file (model_prices_and_context_window.json)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            prices.importLiteLlm(f.toPath());
        }
    }

    /** Compares the current scenario with files the user picks. */
    void compareWithChooser() {
        List<File> files = chooser("Compare with scenarios").showOpenMultipleDialog(stage);
        if (files == null || files.isEmpty()) {
            return;
        }
        ComparisonViewModel comparison = new ComparisonViewModel(prices.catalogue());
        Path current = vm.fileProperty().get();
        comparison.add(current != null ? current : Path.of(vm.scenario().name()), vm.evaluationProperty().get());
        for (File f : files) {
            comparison.add(f.toPath());
        }
        ComparisonWindow.show(stage, comparison, comparisonChart);
    }

    private static FileChooser saveChooser(String title, String kind, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(name);
        return chooser;
    }

    private FileChooser chooser(String title) {
        return Dialogs.scenarioChooser(title, vm.fileProperty().get());
    }

    private void error(String title, String text) {
        Dialogs.error(stage, title, text);
    }
}
