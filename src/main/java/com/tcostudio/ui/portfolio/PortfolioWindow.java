package com.tcostudio.ui.portfolio;

import com.tcostudio.ui.Dialogs;
import com.tcostudio.ui.Themes;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.help.MethodologyWindow;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The main window on a portfolio: menus (new from a template, open any version, save as version 2
 * after asking once for a version 1 file, undo, redo, theme) over the {@link PortfolioScreen}. It
 * shows dialogs; state and rules live in the ViewModels.
 */
public final class PortfolioWindow {
    private final PortfolioScreen screen;
    private final PortfolioViewModel vm;
    private final PortfolioFiles files;
    private final UserSettings settings;
    private final Stage stage;
    private final Runnable openSingleWorkload;
    private final BorderPane root = new BorderPane();

    /** @param openSingleWorkload opens the version 1 editor of one workload in a window of its own */
    public PortfolioWindow(PortfolioScreen screen, PortfolioFiles files, UserSettings settings, Stage stage,
                           Runnable openSingleWorkload) {
        this.screen = screen;
        this.vm = screen.document();
        this.files = files;
        this.settings = settings;
        this.stage = stage;
        this.openSingleWorkload = openSingleWorkload;
        root.setTop(menus());
        root.setCenter(screen.node());
        root.getStylesheets().add(PortfolioWindow.class.getResource("/com/tcostudio/ui/portfolio/portfolio.css").toExternalForm());
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public PortfolioScreen screen() {
        return screen;
    }

    private MenuBar menus() {
        MenuItem newItem = item("_New", "Shortcut+N", () -> newFrom(Templates.builtInDefault()));
        Menu fromTemplate = new Menu("New from _template");
        fromTemplate.setId("menu-templates");
        for (Templates.Template t : Templates.ALL) {
            MenuItem i = new MenuItem(t.title());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> newFrom(t));
            fromTemplate.getItems().add(i);
        }
        MenuItem open = item("_Open...", "Shortcut+O", this::openWithChooser);
        MenuItem save = item("_Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save _As...", "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("_Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                stage.hide();
            }
        });
        Menu file = new Menu("_File", null, newItem, fromTemplate, open, new SeparatorMenuItem(), save, saveAs,
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
        MenuItem single = new MenuItem("Single-workload editor (version 1)...");
        single.setOnAction(e -> openSingleWorkload.run());
        Menu view = new Menu("_View", null, theme, single);
        MenuItem methodology = item("_Methodology", "F1", () -> MethodologyWindow.show(stage));
        Menu help = new Menu("_Help", null, methodology);
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

    /** A new unsaved document on a template. */
    public void newFrom(Templates.Template t) {
        if (confirmDiscard()) {
            vm.newDocument(files.template(t));
        }
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

    /** Opens a file of any version; one that cannot be used is explained and the current work stays. */
    public void openFile(Path path) {
        try {
            vm.open(path);
            settings.addRecentFile(path);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Cannot open scenario");
            alert.setHeaderText("This file cannot be used; your current work is unchanged.");
            alert.setContentText(e.getMessage());
            alert.getDialogPane().setId("open-error");
            alert.showAndWait();
        }
    }

    /** Saves; a version 1 file is written as version 2 only after the user agrees, once. */
    public boolean save() {
        if (vm.fileProperty().get() != null && vm.fromVersion1Property().get() && !confirmVersion2()) {
            return false;
        }
        try {
            return vm.save() || saveAs();
        } catch (IOException e) {
            error("Cannot save", e.getMessage());
            return false;
        }
    }

    private boolean confirmVersion2() {
        ButtonType write = new ButtonType("Save as version 2", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "\"" + vm.fileProperty().get().getFileName() + "\" is a version 1 "
                + "file. Saving writes it as a version 2 portfolio, which older versions of TCO Studio cannot open. "
                + "Use Save As to keep the old file.", write, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle("Save as version 2");
        a.setHeaderText("Write this file in the new format?");
        a.getDialogPane().setId("confirm-v2");
        return a.showAndWait().filter(b -> b == write).isPresent();
    }

    private boolean saveAs() {
        File f = chooser("Save scenario as").showSaveDialog(stage);
        if (f == null) {
            return false;
        }
        try {
            vm.saveAs(f.toPath());
            settings.addRecentFile(f.toPath());
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
        Dialogs.UnsavedChoice choice = Dialogs.askToSave(stage, "portfolio", vm.portfolio().name());
        return choice == Dialogs.UnsavedChoice.DISCARD || (choice == Dialogs.UnsavedChoice.SAVE && save());
    }

    private FileChooser chooser(String title) {
        return Dialogs.scenarioChooser(title, vm.fileProperty().get());
    }

    private void error(String title, String text) {
        Dialogs.error(stage, title, text);
    }
}
