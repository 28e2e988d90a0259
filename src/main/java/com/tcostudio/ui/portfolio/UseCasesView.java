package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The use-case table: one column per use case (name, volumes, residency, quality and latency
 * need), one row per number with its label and unit; binds to {@link UseCasesViewModel}.
 */
public final class UseCasesView {
    /** Wide enough for a use case's name such as "Document Q&A over the intranet". */
    private static final double NAME_WIDTH = 250;
    private final UseCasesViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox root;

    public UseCasesView(UseCasesViewModel vm) {
        this.vm = vm;
        grid.setId("use-case-table");
        grid.getStyleClass().add("part-table");
        grid.setHgap(14);
        grid.setVgap(4);
        Button add = new Button("Add use case");
        add.setId("add-use-case");
        add.setOnAction(e -> vm.add());
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        Label intro = new Label("Each use case with its own volume, growth, residency, quality and latency need. Every "
                + "plan routes every use case (see Plans).");
        intro.setWrapText(true);
        intro.getStyleClass().add("intro");
        root = new VBox(10, intro, new HBox(10, add, message), grid);
        root.setPadding(new Insets(12));
        vm.rows().addListener((ListChangeListener<UseCaseRow>) c -> build());
        build();
    }

    public Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setFitToWidth(false);
        s.getStyleClass().add("results");
        return s;
    }

    private void build() {
        grid.getChildren().clear();
        List<UseCaseRow> rows = vm.rows();
        int r = 0;
        header(r++, "Use case", "");
        for (Input i : UseCaseRow.VOLUME_INPUTS) {
            PartField f = rows.get(0).field(i);
            header(r++, f.label(), f.unit());
        }
        header(r++, "Data may be processed in", "");
        PartField q = rows.get(0).minQuality();
        header(r++, q.label(), q.unit());
        header(r++, rows.get(0).minSpeed().label(), rows.get(0).minSpeed().unit());
        header(r++, rows.get(0).maxFirstToken().label(), rows.get(0).maxFirstToken().unit());
        for (int c = 0; c < rows.size(); c++) {
            column(c + 1, rows.get(c));
        }
    }

    private void header(int row, String label, String unit) {
        Label l = new Label(label);
        l.getStyleClass().add("row-label");
        VBox box = unit.isEmpty() ? new VBox(l) : new VBox(0, l, FieldCell.unit(unit));
        GridPane.setValignment(box, VPos.TOP);
        grid.add(box, 0, row);
    }

    private void column(int col, UseCaseRow row) {
        String id = row.id();
        int r = 0;
        TextField name = FieldCell.name(row.nameProperty(), n -> vm.rename(id, n), "use-case-name-" + id);
        name.setPrefWidth(NAME_WIDTH);
        Label nameError = new Label();
        nameError.getStyleClass().add("field-error");
        nameError.textProperty().bind(row.nameErrorProperty());
        nameError.managedProperty().bind(row.nameErrorProperty().isNotEmpty());
        Hyperlink dup = new Hyperlink("Duplicate");
        dup.setId("duplicate-use-case-" + id);
        dup.setOnAction(e -> vm.duplicate(id));
        Hyperlink remove = new Hyperlink("Remove");
        remove.setId("remove-use-case-" + id);
        remove.setOnAction(e -> vm.remove(id));
        grid.add(new VBox(2, name, nameError, new HBox(4, dup, remove)), col, r++);
        Function<PartField, Node> cell = f -> FieldCell.of(f, "use-case-" + id + "-" + f.key().replace('.', '-'));
        for (Input i : UseCaseRow.VOLUME_INPUTS) {
            grid.add(cell.apply(row.field(i)), col, r++);
        }
        Label residency = new Label();
        residency.setWrapText(true);
        residency.setMaxWidth(200);
        residency.textProperty().bind(row.residencyTextProperty());
        Hyperlink pick = new Hyperlink("Choose regions...");
        pick.setId("residency-" + id);
        pick.setOnAction(e -> RegionPicker.pick(pick, "Where may the data of " + row.nameProperty().get()
                + " be processed?", vm.regionChoices(), row.residency()).ifPresent(codes -> vm.setResidency(id, codes)));
        grid.add(new VBox(2, residency, pick), col, r++);
        grid.add(cell.apply(row.minQuality()), col, r++);
        grid.add(cell.apply(row.minSpeed()), col, r++);
        grid.add(cell.apply(row.maxFirstToken()), col, r++);
    }
}
