package com.tcostudio.ui.main;

import com.tcostudio.ui.util.TaskStatus;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * A line at the foot of the window while a background task (an export, an import) runs: what it
 * does and its progress. Hidden when nothing runs; the outcome is shown by {@link FileActions}.
 */
final class TaskStrip {
    private TaskStrip() {
    }

    static Node of(String id, TaskStatus status) {
        Label message = new Label();
        message.textProperty().bind(status.messageProperty());
        message.setId(id + "-message");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(status.progressProperty());
        HBox strip = new HBox(8, progress, message);
        strip.setId(id);
        strip.getStyleClass().add("task-strip");
        strip.visibleProperty().bind(status.runningProperty());
        strip.managedProperty().bind(status.runningProperty());
        return strip;
    }
}
