package com.tcostudio.ui.compare;

import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.main.MainViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;

/** The ranked options in a sortable, filterable table, and the top options' cumulative costs. */
public final class VendorsWindow {
    private VendorsWindow() {
    }

    public static void show(Window owner, VendorsViewModel vm, MainViewModel main, String currency,
                            Function<List<VendorComparison.Option>, Node> topChart) {
        TextField search = new TextField();
        search.setPromptText("Search vendor, model, GPU");
        search.textProperty().bindBidirectional(vm.textProperty());
        ComboBox<VendorComparison.Kind> kind = new ComboBox<>();
        kind.getItems().add(null);
        kind.getItems().addAll(VendorComparison.Kind.values());
        kind.setPromptText("Open or closed");
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        ComboBox<String> vendor = new ComboBox<>(FXCollections.observableArrayList(vm.vendors()));
        vendor.valueProperty().bindBidirectional(vm.vendorProperty());
        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(vm.regions()));
        region.valueProperty().bindBidirectional(vm.regionProperty());
        ComboBox<Integer> context = new ComboBox<>(FXCollections.observableArrayList(0, 32_000, 128_000, 200_000, 1_000_000));
        context.setValue(0);
        context.valueProperty().addListener((o, a, b) -> vm.minContextProperty().set(b == null ? 0 : b));
        ComboBox<Integer> quality = new ComboBox<>(FXCollections.observableArrayList(0, 1300, 1350, 1400, 1450));
        quality.setId("vendors-min-quality");
        quality.setValue(0);
        quality.valueProperty().addListener((o, a, b) -> vm.minQualityProperty().set(b == null ? 0 : b));
        HBox filters = new HBox(8, new Label("Filter"), search, new Label("Vendor"), vendor, kind, new Label("Data stays in"), region,
                new Label("Min. context"), context, new Label("Min. quality"), quality);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        TableView<VendorComparison.Option> table = new TableView<>();
        table.setId("vendors-table");
        javafx.collections.transformation.SortedList<VendorComparison.Option> sorted =
                new javafx.collections.transformation.SortedList<>(vm.options());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("Option", 300, VendorComparison.Option::description));
        table.getColumns().add(text("Kind", 70, o -> o.kind().name().toLowerCase()));
        table.getColumns().add(money("TCO", currency, VendorComparison.Option::tco));
        table.getColumns().add(money("NPV", currency, VendorComparison.Option::npv));
        table.getColumns().add(money("Month 1", currency, VendorComparison.Option::monthOneCost));
        table.getColumns().add(money("Last month", currency, VendorComparison.Option::lastMonthCost));
        table.getColumns().add(money("Per MTok", currency, VendorComparison.Option::costPerMTok));
        table.getColumns().add(text("Pays off vs your API", 130, o -> Double.isNaN(o.breakEvenVsScenarioApi()) ? "-"
                : Formats.month(o.breakEvenVsScenarioApi())));
        table.getColumns().add(text("Data processed in", 150, o -> o.residency().isEmpty() ? "not published" : String.join(", ", o.residency())));
        table.getColumns().add(text("Context", 80, o -> o.contextWindow() > 0 ? Formats.compact(o.contextWindow()) : "-"));
        table.getColumns().add(text("Quality", 80, VendorsViewModel::qualityText));
        table.getColumns().add(money("Per quality point", currency, VendorComparison.Option::costPerQualityPoint));
        table.getColumns().add(text("Basis", 110, VendorsViewModel::basisText));
        table.getColumns().add(text("Licence", 120, VendorComparison.Option::licence));
        table.getColumns().add(text("Prices as of", 95, o -> o.asOf().toString()));
        table.getColumns().add(text("Note", 220, o -> o.usable() ? "" : o.problem()));
        table.setRowFactory(tv -> {
            TableRow<VendorComparison.Option> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    VendorsViewModel.pick(row.getItem(), main);
                }
            });
            return row;
        });
        Button use = new Button("Use in scenario");
        use.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> VendorsViewModel.pick(table.getSelectionModel().getSelectedItem(), main));
        Label hint = new Label("Ranked by TCO for this scenario's workload, finance and operations settings; only the "
                + "catalogue's numbers change. Double-click or \"Use in scenario\" to adopt an option (undo reverts).");
        hint.getStyleClass().add("unit");
        hint.setWrapText(true);
        BorderPane chart = new BorderPane(topChart.apply(List.copyOf(vm.chartOptions())));
        vm.chartOptions().addListener((javafx.collections.ListChangeListener<VendorComparison.Option>) c ->
                chart.setCenter(topChart.apply(List.copyOf(vm.chartOptions()))));
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox box = new VBox(8, filters, split, new HBox(12, use, hint));
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare vendors");
        Scene scene = new Scene(box, 1400, 900);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<VendorComparison.Option, String> text(String title, double width,
                                                                      Function<VendorComparison.Option, String> value) {
        TableColumn<VendorComparison.Option, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Amounts sort as numbers and show with the currency; no figure for an option that cannot serve. */
    private static TableColumn<VendorComparison.Option, Double> money(String title, String currency,
                                                                      Function<VendorComparison.Option, Double> value) {
        TableColumn<VendorComparison.Option, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.isNaN() ? null : title.equals("Per MTok")
                        ? currency + " " + String.format(java.util.Locale.US, "%.2f", v) : Formats.money(v, currency));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.comparingDouble(
                d -> d.isNaN() ? Double.MAX_VALUE : d)));
        c.setPrefWidth(title.equals("Per MTok") ? 90 : 125);
        return c;
    }
}
