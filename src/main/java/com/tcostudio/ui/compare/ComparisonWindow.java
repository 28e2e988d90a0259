package com.tcostudio.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/** Two or more scenario files side by side: key figures in a table and their cumulative costs on one chart. */
public final class ComparisonWindow {
    private ComparisonWindow() {
    }

    public static void show(Window owner, ComparisonViewModel vm, Function<ComparisonViewModel, Node> chart) {
        TableView<ComparisonViewModel.Row> table = new TableView<>();
        table.setId("comparison-table");
        TableColumn<ComparisonViewModel.Row, String> figure = new TableColumn<>("Figure");
        figure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().figure()));
        figure.setPrefWidth(240);
        table.getColumns().add(figure);
        for (int i = 0; i < vm.usable().size(); i++) {
            int col = i;
            TableColumn<ComparisonViewModel.Row, String> column =
                    new TableColumn<>(String.valueOf(vm.usable().get(i).file().getFileName()));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(col)));
            column.setPrefWidth(220);
            table.getColumns().add(column);
        }
        table.getItems().addAll(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(10);
        box.setPadding(new Insets(12));
        for (ComparisonViewModel.Entry e : vm.entries()) {
            if (!e.ok()) {
                Label problem = new Label("Not compared: " + e.problem());
                problem.getStyleClass().add("field-error");
                problem.setWrapText(true);
                box.getChildren().add(problem);
            }
        }
        Node curves = chart.apply(vm);
        box.getChildren().addAll(table, curves);
        VBox.setVgrow(curves, Priority.ALWAYS);
        table.setPrefHeight(24 * (vm.rows().size() + 2));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare scenarios");
        Scene scene = new Scene(box, 1200, 900);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }
}
