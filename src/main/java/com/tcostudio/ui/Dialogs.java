package com.tcostudio.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** The file chooser for scenario files, the unsaved-changes question and the error alert, shared by the app's windows. */
public final class Dialogs {
    private Dialogs() {
    }

    /** A chooser for scenario files, opened beside the current file (and naming it) when there is one. */
    public static FileChooser scenarioChooser(String title, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scenario (*.json, *.tco)", "*.json", "*.tco"));
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    /** What the user chose when asked about unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the unsaved changes of the {@code kind} ("scenario", "portfolio") called {@code name}. */
    public static UnsavedChoice askToSave(Window owner, String kind, String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to \"" + name + "\"?",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("The " + kind + " has unsaved changes.");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }

    /** An error in words, over its window, waiting for the user. */
    public static void error(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.showAndWait();
    }
}
