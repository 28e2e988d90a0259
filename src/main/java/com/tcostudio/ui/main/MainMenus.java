package com.tcostudio.ui.main;

import com.tcostudio.core.AppVersion;
import com.tcostudio.ui.Themes;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.catalogue.CatalogueBrowser;
import com.tcostudio.ui.catalogue.CatalogueBrowserViewModel;
import com.tcostudio.ui.charts.ChartTabs;
import com.tcostudio.ui.compare.VendorsViewModel;
import com.tcostudio.ui.compare.VendorsWindow;
import com.tcostudio.ui.help.MethodologyWindow;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.time.LocalDate;

/** The menu bar of the main window: each item hands its command to a ViewModel or a dialog. */
final class MainMenus {
    private MainMenus() {
    }

    static MenuBar of(MainViewModel vm, PriceCatalogueViewModel prices, FileActions files, UserSettings settings,
                      Stage stage) {
        MenuItem newItem = item("_New", "Shortcut+N", files::newScenario);
        MenuItem open = item("_Open...", "Shortcut+O", files::openWithChooser);
        MenuItem save = item("_Save", "Shortcut+S", files::save);
        MenuItem saveAs = item("Save _As...", "Shortcut+Shift+S", files::saveAs);
        MenuItem compare = item("_Compare scenarios...", "Shortcut+K", files::compareWithChooser);
        MenuItem importLiteLlm = item("_Import LiteLLM prices...", "Shortcut+I", files::importLiteLlm);
        MenuItem exportReport = item("_Export report (PDF)...", "Shortcut+E", () -> files.exportReport(false));
        MenuItem exportReportVendors = new MenuItem("Export report with vendor ranking (PDF)...");
        exportReportVendors.setOnAction(e -> files.exportReport(true));
        MenuItem exportWorkbook = item("Export _workbook (Excel)...", "Shortcut+Shift+E", files::exportWorkbook);
        MenuItem exportCsv = new MenuItem("Export monthly breakdown (_CSV)...");
        exportCsv.setOnAction(e -> files.exportCsv());
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (files.confirmDiscard()) {
                stage.hide();
            }
        });
        Menu file = new Menu("_File", null, newItem, open, files.recentMenu(), new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportReport, exportReportVendors, exportWorkbook, exportCsv, compare, importLiteLlm,
                new SeparatorMenuItem(), quit);
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
        MenuItem browser = item("Price _catalogue", "Shortcut+L", () -> showCatalogue(vm, prices, files, stage));
        MenuItem reload = new MenuItem("Reload price catalogue");
        reload.setOnAction(e -> prices.reload());
        MenuItem vendors = item("Compare _vendors", "Shortcut+R", () -> VendorsWindow.show(stage,
                new VendorsViewModel(vm.scenario(), prices.catalogue()), vm, vm.scenario().currency().code(),
                ChartTabs::topOptions));
        Menu view = new Menu("_View", null, browser, reload, vendors, theme);
        MenuItem methodology = item("_Methodology", "F1", () -> MethodologyWindow.show(stage));
        MenuItem about = new MenuItem("_About TCO Studio");
        about.setOnAction(e -> {
            Alert box = new Alert(Alert.AlertType.INFORMATION);
            box.initOwner(stage);
            box.setTitle("About TCO Studio");
            box.setHeaderText("TCO Studio " + AppVersion.get());
            box.setContentText("What it really costs to run large language models: a closed API, open weights on "
                    + "your own or rented GPUs, or a hybrid.\nCost model version 1, described in Help > Methodology "
                    + "(docs/methodology.md). Works offline; prices come from the shipped catalogue and your imports.");
            box.getDialogPane().setId("about");
            box.showAndWait();
        });
        Menu help = new Menu("_Help", null, methodology, about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static void showCatalogue(MainViewModel vm, PriceCatalogueViewModel prices, FileActions files, Stage stage) {
        CatalogueBrowserViewModel browserVm = new CatalogueBrowserViewModel(prices.catalogue(), LocalDate.now());
        prices.catalogueProperty().addListener((o, old, now) -> browserVm.setCatalogue(now));
        new CatalogueBrowser(browserVm, vm::useCatalogueEntry, files::importLiteLlm).show(stage);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
