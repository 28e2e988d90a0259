package com.tcostudio.ui.help;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The methodology in plain words, from the same page as docs/methodology.md in the repository. */
public final class MethodologyWindow {
    public static final String RESOURCE = "docs/methodology.md";

    private MethodologyWindow() {
    }

    public static String text() {
        try (InputStream in = MethodologyWindow.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "# Methodology\nThe methodology page is missing from this build.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void show(Window owner) {
        ScrollPane scroll = new ScrollPane(MarkdownView.render(text()));
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("How TCO Studio computes costs");
        Scene scene = new Scene(scroll, 860, 760);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }
}
