package com.tcostudio.ui.catalogue;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.core.model.CatalogueSlot;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Tables of API models, GPU offers and serving profiles: sortable, filtered by text, vendor, region
 * and GPU, every price with its as-of date and age (stale ones flagged). "Use in scenario" (or a
 * double-click) copies an entry into the scenario.
 */
public final class CatalogueBrowser {
    private final CatalogueBrowserViewModel vm;
    private final BiConsumer<CatalogueSlot, String> use;
    private final Runnable importLiteLlm;

    public CatalogueBrowser(CatalogueBrowserViewModel vm, BiConsumer<CatalogueSlot, String> use, Runnable importLiteLlm) {
        this.vm = vm;
        this.use = use;
        this.importLiteLlm = importLiteLlm;
    }

    public void show(Window owner) {
        TextField search = new TextField();
        search.setPromptText("Search id, name, provider");
        search.textProperty().bindBidirectional(vm.textProperty());
        ComboBox<String> vendor = new ComboBox<>(FXCollections.observableArrayList(vm.vendors()));
        vendor.valueProperty().bindBidirectional(vm.vendorProperty());
        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(vm.regions()));
        region.valueProperty().bindBidirectional(vm.regionProperty());
        ComboBox<GpuType> gpu = new ComboBox<>();
        gpu.getItems().add(null);
        gpu.getItems().addAll(GpuType.values());
        gpu.setPromptText("Any GPU");
        gpu.valueProperty().bindBidirectional(vm.gpuProperty());
        Button importButton = new Button("Import LiteLLM prices...");
        importButton.setOnAction(e -> {
            importLiteLlm.run();
            vendor.getItems().setAll(vm.vendors());
            region.getItems().setAll(vm.regions());
        });
        HBox filters = new HBox(8, new Label("Filter"), search, new Label("Vendor"), vendor, new Label("Region"), region,
                new Label("GPU"), gpu, importButton);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        TabPane tabs = new TabPane(
                new Tab("API models", apiTable()),
                new Tab("GPU offers", gpuTable()),
                new Tab("Serving profiles", profileTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label legend = new Label("Prices in USD. \u26A0 = price older than 6 months. Regions: where the provider keeps "
                + "the data (ISO country codes, EU); empty when not published. Double-click a row to use it.");
        legend.getStyleClass().add("unit");
        VBox box = new VBox(10, filters, tabs, legend);
        if (!vm.catalogue().problems().isEmpty()) {
            // a broken file or entry was skipped while loading; say which, so nothing is lost silently
            javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>();
            vm.catalogue().problems().forEach(p -> list.getItems().add(p.toString()));
            list.setPrefHeight(120);
            javafx.scene.control.TitledPane problems = new javafx.scene.control.TitledPane(
                    "Problems met while loading the catalogue (" + vm.catalogue().problems().size()
                            + "): these files or entries were skipped, the rest loaded", list);
            problems.setId("catalogue-problems");
            problems.getStyleClass().add("field-error");
            box.getChildren().add(problems);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Price catalogue");
        Scene scene = new Scene(box, 1300, 760);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private TableView<ApiModel> apiTable() {
        TableView<ApiModel> t = table(vm.apiModels(), ApiModel::price, m -> use.accept(CatalogueSlot.API_MODEL, m.id()));
        t.setId("catalogue-api-models");
        t.getColumns().add(text("Provider", 110, ApiModel::provider));
        t.getColumns().add(text("Model", 230, ApiModel::name));
        t.getColumns().add(number("Input / MTok", ApiModel::inputPerMTok));
        t.getColumns().add(number("Output / MTok", ApiModel::outputPerMTok));
        t.getColumns().add(number("Cached / MTok", m -> m.cachedInputPerMTok().isPresent() ? m.cachedInputPerMTok().getAsDouble() : null));
        t.getColumns().add(number("Batch discount", ApiModel::batchDiscount));
        t.getColumns().add(number("Context", m -> m.contextWindow().isPresent() ? (double) m.contextWindow().getAsInt() : null));
        t.getColumns().add(text("Regions", 110, m -> m.regions().isEmpty() ? "not published" : String.join(", ", m.regions())));
        t.getColumns().add(text("Quality", 70, m -> CatalogueBrowserViewModel.quality(m.quality())));
        addDateColumns(t, ApiModel::price);
        return t;
    }

    private TableView<GpuOffer> gpuTable() {
        TableView<GpuOffer> t = table(vm.gpuOffers(), GpuOffer::price, g -> use.accept(CatalogueSlot.GPU_OFFER, g.id()));
        t.setId("catalogue-gpu-offers");
        t.getColumns().add(text("Provider", 110, GpuOffer::provider));
        t.getColumns().add(text("GPU", 70, g -> g.gpu().label()));
        t.getColumns().add(text("Terms", 100, g -> g.pricing().label()));
        t.getColumns().add(number("Per GPU-hour", g -> g.hourlyPerGpu().isPresent() ? g.hourlyPerGpu().getAsDouble() : null));
        t.getColumns().add(number("Per GPU bought", g -> g.capexPerGpu().isPresent() ? g.capexPerGpu().getAsDouble() : null));
        t.getColumns().add(number("Memory GB", GpuOffer::gpuMemoryGb));
        t.getColumns().add(number("Watts", GpuOffer::powerWattsPerGpu));
        t.getColumns().add(text("Regions", 140, g -> g.regions().isEmpty() ? "not published" : String.join(", ", g.regions())));
        addDateColumns(t, GpuOffer::price);
        return t;
    }

    private TableView<ServingProfile> profileTable() {
        TableView<ServingProfile> t = table(vm.servingProfiles(), ServingProfile::price,
                p -> use.accept(CatalogueSlot.SERVING_PROFILE, p.id()));
        t.setId("catalogue-serving-profiles");
        t.getColumns().add(text("Model", 200, ServingProfile::model));
        t.getColumns().add(text("GPU", 70, p -> p.gpu().label()));
        t.getColumns().add(number("GPUs/replica", p -> (double) p.gpusPerReplica()));
        t.getColumns().add(text("Engine", 110, ServingProfile::engine));
        t.getColumns().add(text("Precision", 80, ServingProfile::precision));
        t.getColumns().add(number("Prefill tok/s", ServingProfile::prefillTokensPerSecond));
        t.getColumns().add(number("Decode tok/s", ServingProfile::decodeTokensPerSecond));
        t.getColumns().add(text("Licence", 160, ServingProfile::licence));
        t.getColumns().add(text("Quality", 70, p -> CatalogueBrowserViewModel.quality(p.quality())));
        addDateColumns(t, ServingProfile::price);
        return t;
    }

    private <T> TableView<T> table(ObservableList<T> items, Function<T, PriceSource> price, java.util.function.Consumer<T> pick) {
        SortedList<T> sorted = new SortedList<>(items);
        TableView<T> t = new TableView<>(sorted);
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("stale");
                    if (!empty && item != null && vm.isStale(price.apply(item))) {
                        getStyleClass().add("stale");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    pick.accept(row.getItem());
                }
            });
            return row;
        });
        return t;
    }

    private <T> void addDateColumns(TableView<T> t, Function<T, PriceSource> price) {
        t.getColumns().add(text("As of", 95, x -> price.apply(x).asOf().toString()));
        t.getColumns().add(text("Age", 95, x -> vm.age(price.apply(x))));
        t.getColumns().add(text("Basis", 220, x -> CatalogueBrowserViewModel.basis(price.apply(x))));
        t.getColumns().add(text("Source", 260, x -> price.apply(x).source()));
    }

    private static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Numbers sort as numbers; a missing value shows as a dash and sorts first. */
    private static <T> TableColumn<T, Double> number(String title, Function<T, Double> value) {
        TableColumn<T, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "-" : com.tcostudio.core.model.Scenario.format(v));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        c.setPrefWidth(105);
        return c;
    }
}
