package com.tcostudio.ui;

import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;

/** The file chooser for scenario files and the error alert, shared by the app's windows. */
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

    /** An error in words, over its window, waiting for the user. */
    public static void error(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.showAndWait();
    }
}
