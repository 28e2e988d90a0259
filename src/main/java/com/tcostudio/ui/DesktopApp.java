package com.tcostudio.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop application. */
public final class DesktopApp extends Application {

    /** Opens the app; returns when its last window closes. */
    public static void open(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("TCO Studio");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        VBox root = new VBox(12, title, new Label("Open-weight, closed API or hybrid: what it really costs."));
        root.setPadding(new Insets(32));
        stage.setTitle("TCO Studio");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
