package com.tcostudio.ui.uncertainty;

import com.tcostudio.ui.Shown;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.ui.main.NumberText;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.controlsfx.control.PopOver;

import java.util.Optional;
import java.util.function.Function;

/**
 * The range editor beside an input field: a pop-over with the distribution, its bounds, the rule
 * they break or what they mean, and the shape of the distribution with the base value marked.
 * Apply hands the range to the scenario (one undoable step); Remove makes the input a plain number.
 */
public final class RangeEditor {
    private static final double SHAPE_WIDTH = 320;
    private static final double SHAPE_HEIGHT = 84;
    private static final int SHAPE_POINTS = 120;

    private final RangeEditorViewModel vm;
    private final PopOver popOver = new PopOver();
    private final Pane shape = new Pane();

    /**
     * @param apply  gives the input its range; answers the rule in words when the scenario refuses it
     * @param remove makes the input a plain number again
     */
    public RangeEditor(RangeEditorViewModel vm, Function<Distribution, Optional<String>> apply, Runnable remove,
                       boolean hasRange) {
        this.vm = vm;
        Label title = new Label("Range of " + vm.input().label() + " (" + vm.unit() + ")");
        title.getStyleClass().add("range-title");

        ComboBox<Distribution.Kind> kind = new ComboBox<>();
        kind.setId("range-kind");
        kind.getItems().addAll(Distribution.Kind.values());
        kind.setConverter(Shown.as(RangeEditorViewModel::describe));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(120),
                new ColumnConstraints(Region.USE_COMPUTED_SIZE));
        Label lowLabel = new Label();
        Label highLabel = new Label();
        Runnable relabel = () -> {
            lowLabel.setText(vm.lowLabel());
            highLabel.setText(vm.highLabel());
        };
        vm.kindProperty().addListener((o, old, now) -> relabel.run());
        relabel.run();
        Label modeLabel = new Label("Most likely");
        TextField low = field("range-low", vm.lowProperty());
        TextField mode = field("range-mode", vm.modeProperty());
        TextField high = field("range-high", vm.highProperty());
        grid.addRow(0, lowLabel, low, unit());
        grid.addRow(1, modeLabel, mode, unit());
        grid.addRow(2, highLabel, high, unit());
        for (Node n : grid.getChildren()) {
            if (GridPane.getRowIndex(n) == 1) {
                n.visibleProperty().bind(vm.modeShownProperty());
                n.managedProperty().bind(vm.modeShownProperty());
            }
        }

        shape.setId("range-shape");
        shape.getStyleClass().add("range-shape-area");
        shape.setPrefSize(SHAPE_WIDTH, SHAPE_HEIGHT + 18);
        shape.setMinSize(SHAPE_WIDTH, SHAPE_HEIGHT + 18);
        vm.distributionProperty().addListener((o, old, now) -> drawShape());
        drawShape();

        Label error = new Label();
        error.setId("range-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(SHAPE_WIDTH + 40);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label note = new Label();
        note.getStyleClass().add("unit");
        note.setWrapText(true);
        note.setMaxWidth(SHAPE_WIDTH + 40);
        note.textProperty().bind(vm.noteProperty());

        // what the scenario says when it refuses the range (a range on an empty optional field);
        // cleared by the next change
        Label refused = new Label();
        refused.setId("range-refused");
        refused.getStyleClass().add("field-error");
        refused.setWrapText(true);
        refused.setMaxWidth(SHAPE_WIDTH + 40);
        refused.visibleProperty().bind(refused.textProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());
        vm.distributionProperty().addListener((o, old, now) -> refused.setText(""));

        Button applyButton = new Button("Apply");
        applyButton.setId("range-apply");
        applyButton.setDefaultButton(true);
        applyButton.disableProperty().bind(vm.distributionProperty().isNull());
        applyButton.setOnAction(e -> {
            Optional<String> rule = apply.apply(vm.distributionProperty().get());
            if (rule.isPresent()) {
                refused.setText("The scenario refuses this range: " + rule.get());
            } else {
                popOver.hide();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> popOver.hide());
        Button removeButton = new Button("Remove range");
        removeButton.setId("range-remove");
        removeButton.setVisible(hasRange);
        removeButton.setManaged(hasRange);
        removeButton.setOnAction(e -> {
            remove.run();
            popOver.hide();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, removeButton, gap, cancel, applyButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(8, title, kind, grid, shape, error, note, refused, buttons);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("range-editor");
        content.setPrefWidth(SHAPE_WIDTH + 40);
        popOver.setContentNode(content);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.LEFT_CENTER);
        popOver.setTitle("Range");
        popOver.setHeaderAlwaysVisible(false);
    }

    private TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private Label unit() {
        Label unit = new Label(vm.unit());
        unit.getStyleClass().add("unit");
        return unit;
    }

    public void show(Node owner) {
        popOver.show(owner);
    }

    /** The density as a filled curve, the base value as a dashed line, the ends of the x range labelled. */
    private void drawShape() {
        shape.getChildren().clear();
        double[][] points = vm.shape(SHAPE_POINTS);
        if (points.length == 0) {
            Label none = new Label(vm.distributionProperty().get() == null ? "" : "A single value: no spread.");
            none.getStyleClass().add("unit");
            shape.getChildren().add(none);
            return;
        }
        double x0 = points[0][0];
        double x1 = points[points.length - 1][0];
        double yMax = 0;
        for (double[] p : points) {
            yMax = Math.max(yMax, p[1]);
        }
        Polygon area = new Polygon();
        area.getStyleClass().add("range-shape");
        area.getPoints().addAll(0.0, SHAPE_HEIGHT);
        for (double[] p : points) {
            area.getPoints().addAll(px(p[0], x0, x1), SHAPE_HEIGHT - (yMax > 0 ? p[1] / yMax : 0) * (SHAPE_HEIGHT - 4));
        }
        area.getPoints().addAll(SHAPE_WIDTH, SHAPE_HEIGHT);
        Line axis = new Line(0, SHAPE_HEIGHT, SHAPE_WIDTH, SHAPE_HEIGHT);
        axis.getStyleClass().add("range-axis");
        shape.getChildren().addAll(area, axis);
        double base = vm.base();
        if (base >= x0 && base <= x1) {
            double bx = px(base, x0, x1);
            Line marker = new Line(bx, 0, bx, SHAPE_HEIGHT);
            marker.getStyleClass().add("range-base");
            Label baseLabel = new Label("base " + NumberText.format(base));
            baseLabel.getStyleClass().add("range-tick");
            baseLabel.setLayoutX(Math.min(bx + 3, SHAPE_WIDTH - 70));
            baseLabel.setLayoutY(0);
            shape.getChildren().addAll(marker, baseLabel);
        }
        Label from = new Label(NumberText.format(round(x0)));
        from.getStyleClass().add("range-tick");
        from.setLayoutY(SHAPE_HEIGHT + 2);
        Label to = new Label(NumberText.format(round(x1)));
        to.getStyleClass().add("range-tick");
        to.setLayoutY(SHAPE_HEIGHT + 2);
        to.layoutXProperty().bind(Bindings.createDoubleBinding(() -> SHAPE_WIDTH - to.getWidth(), to.widthProperty()));
        shape.getChildren().addAll(from, to);
    }

    private static double px(double x, double x0, double x1) {
        return (x - x0) / (x1 - x0) * SHAPE_WIDTH;
    }

    /** Tail ends of normal and lognormal are not round numbers: three significant digits are enough to read. */
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }
}
