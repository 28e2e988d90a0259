package com.tcostudio.ui.main;

import com.tcostudio.report.Formats;
import com.tcostudio.ui.Shown;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * One line under the cards: what the Monte Carlo is doing, its progress and a cancel button while
 * it runs, and the number of cases and the seed.
 */
final class UncertaintyStrip {
    private UncertaintyStrip() {
    }

    static Node of(UncertaintyViewModel uncertainty) {
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
}
