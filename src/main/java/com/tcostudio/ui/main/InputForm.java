package com.tcostudio.ui.main;

import com.tcostudio.ui.Shown;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.input.MouseEvent;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.collections.FXCollections;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SearchableComboBox;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.uncertainty.RangeEditor;
import com.tcostudio.ui.uncertainty.RangeEditorViewModel;
import java.util.function.Function;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

import java.util.List;

/**
 * The inputs, grouped as a finance lead thinks of them. Each row shows the label, the field, its
 * unit in the scenario's currency, a marker when it overrides the catalogue, its range (the "±"
 * beside it) and the rule in words under the field when a value is refused. Rows of the hosting
 * mode or hybrid policy not chosen are hidden.
 */
final class InputForm {
    private final List<Runnable> pending = new java.util.ArrayList<>();
    private static final Insets ROW_MARGIN = new Insets(2, 0, 2, 0);
    private static final PseudoClass HAS_RANGE = PseudoClass.getPseudoClass("has-range");
    private final MainViewModel vm;
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private final VBox root = new VBox(8);
    private final ObservableValue<Catalogue> catalogue;

    InputForm(MainViewModel vm, ObservableValue<Catalogue> catalogue, CurrencyViewModel currency) {
        this.vm = vm;
        this.catalogue = catalogue;
        TextField name = new TextField(vm.scenario().name());
        name.setId("scenario-name");
        name.setPromptText("Scenario name");
        name.setOnAction(e -> vm.setName(name.getText()));
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.setName(name.getText());
            }
        });
        vm.scenarioProperty().addListener((o, old, s) -> {
            if (!name.isFocused()) {
                name.setText(s.name());
            }
        });
        // the sections below the fold are built after the first frame (see deferred): a third of the
        // form's cost at launch, CSS and skins of rows nobody sees yet
        root.getChildren().addAll(name, currencyRow(currency),
                section("Workload", List.of(Input.INPUT_TOKENS_PER_MONTH, Input.OUTPUT_TOKENS_PER_MONTH,
                        Input.MONTHLY_GROWTH, Input.PLATEAU_TOKENS_PER_MONTH, Input.PEAK_TO_AVERAGE,
                        Input.CACHED_INPUT_SHARE, Input.BATCH_SHARE), () -> null),
                section("Closed API", List.of(Input.INPUT_PER_MTOK, Input.OUTPUT_PER_MTOK, Input.CACHED_INPUT_PER_MTOK,
                        Input.BATCH_DISCOUNT, Input.ANNUAL_PRICE_CHANGE, Input.PLATFORM_FEE_PER_MONTH,
                        Input.INTEGRATION_FTE), () -> picker(CatalogueSlot.API_MODEL, Catalogue::apiModels, ApiModel::id,
                        m -> m.provider() + " " + m.name() + "  (" + m.inputPerMTok() + " / " + m.outputPerMTok()
                                + " USD per MTok, as of " + m.price().asOf() + ")")),
                deferred("Self-hosted: serving", List.of(Input.GPUS_PER_REPLICA, Input.PREFILL_TOKENS_PER_SECOND,
                        Input.DECODE_TOKENS_PER_SECOND, Input.TARGET_UTILIZATION, Input.MIN_REPLICAS,
                        Input.REDUNDANT_REPLICAS), () -> picker(CatalogueSlot.SERVING_PROFILE, Catalogue::servingProfiles,
                        ServingProfile::id, p -> p.model() + " on " + p.gpusPerReplica() + " x " + p.gpu() + ", "
                                + p.engine() + " " + p.precision() + "  (" + p.licence() + ")")),
                deferred("Self-hosted: hosting", List.of(Input.GPU_HOURLY, Input.CAPEX_PER_GPU, Input.DEPRECIATION_MONTHS,
                        Input.RESIDUAL_SHARE, Input.MAINTENANCE_PER_YEAR, Input.POWER_WATTS_PER_GPU, Input.PUE,
                        Input.ENERGY_PER_KWH, Input.COLOCATION_PER_GPU_MONTH, Input.ANNUAL_GPU_PRICE_CHANGE),
                        () -> new VBox(6, hostingChoice(), picker(CatalogueSlot.GPU_OFFER, Catalogue::gpuOffers, GpuOffer::id,
                                g -> g.provider() + " " + g.gpu() + " " + g.pricing().label() + "  ("
                                        + (g.isPurchase() ? Formats.money(g.capexPerGpu().getAsDouble(), "USD") + " per GPU"
                                        : g.hourlyPerGpu().getAsDouble() + " USD/GPU-hour") + ", as of " + g.price().asOf() + ")"))),
                deferred("Self-hosted: operations and staff", List.of(Input.BASE_FTE, Input.FTE_PER_GPU,
                        Input.SETUP_PERSON_MONTHS, Input.SETUP_ONE_TIME_COST, Input.UPGRADE_EVERY_MONTHS,
                        Input.UPGRADE_PERSON_MONTHS, Input.TOOLING_PER_MONTH, Input.OTHER_PER_MONTH), () -> null),
                deferred("Hybrid", List.of(Input.SELF_HOSTED_SHARE, Input.SELF_HOSTED_REPLICAS), this::hybridChoice),
                deferred("Finance", List.of(Input.HORIZON_MONTHS, Input.ANNUAL_DISCOUNT_RATE,
                        Input.SALARY_GROWTH_PER_YEAR, Input.LOADED_ANNUAL_COST_PER_FTE), () -> null));
        root.setPadding(new Insets(12));
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && !pending.isEmpty()) {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        // after the frame this pulse renders, one section per turn of the event queue
                        Platform.runLater(InputForm.this::buildNextPending);
                    }
                });
            }
        });
    }

    /**
     * The currency: a code of the shipped reference rates, the rate in units per USD (typed over,
     * it is the user's), and where the rate comes from.
     */
    private static Node currencyRow(CurrencyViewModel currency) {
        ComboBox<String> code = new ComboBox<>(FXCollections.observableArrayList(currency.codes()));
        code.setId("currency-code");
        code.valueProperty().bindBidirectional(currency.codeProperty());
        code.setTooltip(new Tooltip("Currency of every amount in the scenario; catalogue prices (USD) are converted at the rate"));
        TextField rate = new TextField();
        rate.setId("currency-rate");
        rate.setPrefColumnCount(7);
        rate.textProperty().bindBidirectional(currency.rateProperty());
        Label perUsd = new Label("per USD");
        perUsd.getStyleClass().add("unit");
        Label note = new Label();
        note.setId("currency-note");
        note.getStyleClass().add("unit");
        note.setWrapText(true);
        note.textProperty().bind(currency.noteProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(currency.errorProperty());
        error.visibleProperty().bind(currency.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox line = new HBox(6, new Label("Currency"), code, rate, perUsd);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(2, line, note, error);
    }

    /** Builds every section still waiting; for tests that look up any field at once. */
    void buildAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }

    private void buildNextPending() {
        if (!pending.isEmpty()) {
            pending.remove(0).run();
            Platform.runLater(this::buildNextPending);
        }
    }

    /** A section whose rows are built after the first frame; its title shows at once. */
    private TitledPane deferred(String title, List<Input> inputs, Supplier<Node> header) {
        TitledPane pane = new TitledPane(title, null);
        pane.setId(sectionId(title));
        pending.add(() -> pane.setContent(grid(inputs, header.get())));
        return pane;
    }

    Node view() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("input-form");
        // wide enough for "40,000,000,000" and its unit at any window size
        scroll.setMinWidth(500);
        return scroll;
    }

    private TitledPane section(String title, List<Input> inputs, Supplier<Node> header) {
        TitledPane pane = new TitledPane(title, grid(inputs, header.get()));
        pane.setId(sectionId(title));
        return pane;
    }

    private static String sectionId(String title) {
        return "section-" + title.toLowerCase().replaceAll("[^a-z]+", "-");
    }

    private GridPane grid(List<Input> inputs, Node header) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        // no gap between grid rows: each field's range line is a row of its own, empty for most fields;
        // the cells' margins space the rows instead
        grid.setVgap(0);
        ColumnConstraints labelCol = new ColumnConstraints(132);
        ColumnConstraints fieldCol = new ColumnConstraints(150, 150, Double.MAX_VALUE);
        fieldCol.setHgrow(Priority.ALWAYS);
        ColumnConstraints unitCol = new ColumnConstraints(112);
        ColumnConstraints rangeCol = new ColumnConstraints(30);
        grid.getColumnConstraints().addAll(labelCol, fieldCol, unitCol, rangeCol);
        int row = 0;
        if (header != null) {
            GridPane.setMargin(header, new Insets(0, 0, 6, 0));
            grid.add(header, 0, row++, 4, 1);
        }
        for (Input input : inputs) {
            row = addRow(grid, row, vm.field(input));
        }
        return grid;
    }

    private int addRow(GridPane grid, int row, InputField field) {
        Input input = field.input();
        Label label = new Label(input.label());
        TextField text = new TextField();
        text.setId("input-" + input.path().replace('.', '-'));
        text.textProperty().bindBidirectional(field.textProperty());
        text.setPromptText(input.isOptional() ? "none" : "");
        Label unit = new Label();
        unit.getStyleClass().add("unit");
        unit.textProperty().bind(Bindings.createStringBinding(
                () -> input.unit().label(vm.scenario().currency().code()), vm.scenarioProperty()));
        Label marker = new Label("catalogue overridden");
        marker.getStyleClass().add("override-marker");
        marker.visibleProperty().bind(field.overriddenProperty());
        marker.managedProperty().bind(field.overriddenProperty());
        lazyTooltip(() -> {
            Tooltip markerTip = new Tooltip();
            markerTip.textProperty().bind(Bindings.concat("Catalogue value: ", field.catalogueValueProperty()));
            return markerTip;
        }, marker);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        lazyTooltip(() -> {
            Tooltip tip = new Tooltip(input.label() + " (" + input.unit().label(vm.scenario().currency().code()) + ")\n"
                    + input.help() + "\nRule: " + input.rule().words() + (input.isInteger() ? ", whole number" : "")
                    + "\nFile field: " + input.path());
            tip.setShowDuration(Duration.seconds(30));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            return tip;
        }, label, text);
        field.errorProperty().addListener((o, old, rule) -> {
            decoration.removeDecorations(text);
            if (!rule.isEmpty()) {
                decoration.applyValidationDecoration(ValidationMessage.error(text, input.label() + " " + rule));
            }
        });
        Label rangeText = new Label();
        rangeText.getStyleClass().add("range-text");
        rangeText.textProperty().bind(Bindings.createStringBinding(() -> field.rangeProperty().get() == null ? ""
                : "\u00b1 " + RangeEditorViewModel.shortText(field.rangeProperty().get()), field.rangeProperty()));
        rangeText.visibleProperty().bind(field.rangeProperty().isNotNull());
        rangeText.managedProperty().bind(rangeText.visibleProperty());
        VBox fieldBox = new VBox(2, text, marker, error);
        grid.add(label, 0, row);
        grid.add(fieldBox, 1, row);
        grid.add(unit, 2, row);
        GridPane.setHalignment(unit, HPos.LEFT);
        // the range gets a line of its own under field and unit: "triangular 0.02 / 0.06 / 0.1" is wider than the field
        grid.add(rangeText, 1, row + 1, 3, 1);
        List<Node> cells = new java.util.ArrayList<>(List.of(label, fieldBox, unit));
        if (!input.isInteger()) {
            Node button = rangeButton(field, rangeText);
            grid.add(button, 3, row);
            GridPane.setValignment(button, javafx.geometry.VPos.TOP);
            cells.add(button);
        }
        for (Node n : cells) {
            GridPane.setMargin(n, ROW_MARGIN);
            n.visibleProperty().bind(field.applicableProperty());
            n.managedProperty().bind(field.applicableProperty());
        }
        return row + 2;
    }

    /**
     * Installs a tooltip when the pointer first enters one of the nodes: every tooltip is a popup
     * window of its own, and building 130 of them cost a tenth of a second at launch.
     */
    private static void lazyTooltip(Supplier<Tooltip> make, Control... nodes) {
        EventHandler<MouseEvent> install = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                Tooltip tip = make.get();
                for (Control n : nodes) {
                    n.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                    n.setTooltip(tip);
                }
            }
        };
        for (Control n : nodes) {
            n.addEventHandler(MouseEvent.MOUSE_ENTERED, install);
        }
    }

    /**
     * The "±" beside a real-valued field: opens its range editor. Highlighted when the field has a
     * range; the range's text under the field opens the editor too.
     */
    private Node rangeButton(InputField field, Label rangeText) {
        Input input = field.input();
        Button button = new Button("\u00b1");
        button.setId("range-" + input.path().replace('.', '-'));
        button.getStyleClass().add("range-button");
        button.setFocusTraversable(false);
        lazyTooltip(() -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(() -> field.rangeProperty().get() == null
                    ? "Give " + input.label() + " a range: the Monte Carlo and the tornado chart then show how much it matters"
                    : "Range: " + RangeEditorViewModel.shortText(field.rangeProperty().get()) + " (click to edit)",
                    field.rangeProperty()));
            return tip;
        }, button);
        Runnable mark = () -> button.pseudoClassStateChanged(HAS_RANGE, field.rangeProperty().get() != null);
        field.rangeProperty().addListener((o, old, now) -> mark.run());
        mark.run();
        Runnable open = () -> {
            var editorVm = new RangeEditorViewModel(input, vm.scenario().get(input), field.rangeProperty().get(),
                    vm.scenario().currency().code());
            new RangeEditor(editorVm, d -> vm.setRange(input, d), () -> vm.removeRange(input),
                    field.rangeProperty().get() != null).show(button);
        };
        button.setOnAction(e -> open.run());
        rangeText.setOnMouseClicked(e -> open.run());
        return button;
    }

    /**
     * A searchable list of catalogue entries; picking one copies its numbers into the scenario. The
     * line under it names the entry in use and the date of its prices.
     */
    private <T> Node picker(CatalogueSlot slot, Function<Catalogue, List<T>> entries, Function<T, String> id,
                            Function<T, String> text) {
        SearchableComboBox<T> box = new SearchableComboBox<>();
        box.setId("picker-" + slot.path().replace('.', '-'));
        box.setConverter(Shown.as(text));
        Runnable fill = () -> {
            List<T> list = entries.apply(catalogue.getValue());
            box.getItems().setAll(list);
            box.setPromptText(list.isEmpty() ? "catalogue is empty" : "Pick from the catalogue (" + list.size() + ")");
        };
        catalogue.addListener((o, old, now) -> fill.run());
        fill.run();
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, old, picked) -> {
            if (picked != null) {
                vm.useCatalogueEntry(slot, id.apply(picked));
            }
        });
        Label inUse = new Label();
        inUse.getStyleClass().add("unit");
        inUse.setWrapText(true);
        Runnable refresh = () -> inUse.setText(vm.scenario().catalogueRef(slot)
                .map(r -> "Uses " + r.id() + (r.asOf() == null ? "" : ", prices as of " + r.asOf()))
                .orElse("Own numbers (no catalogue entry)"));
        vm.scenarioProperty().addListener((o, old, s) -> refresh.run());
        refresh.run();
        return new VBox(4, box, inUse);
    }

    private Node hostingChoice() {
        ComboBox<HostingMode> mode = new ComboBox<>();
        mode.setId("hosting-mode");
        mode.getItems().addAll(HostingMode.values());
        mode.setConverter(Shown.as(m -> m == HostingMode.RENT ? "Rent cloud GPUs" : "Own GPUs (bought)"));
        mode.setValue(vm.scenario().hostingMode());
        mode.setOnAction(e -> vm.setHostingMode(mode.getValue()));
        CheckBox amortize = new CheckBox("Accrual view (depreciation + capital charge)");
        amortize.setId("amortize");
        amortize.setSelected(vm.scenario().amortize());
        amortize.setOnAction(e -> vm.setAmortize(amortize.isSelected()));
        amortize.setTooltip(new Tooltip("Off: purchases paid up front, book value back at the horizon (cash view).\n"
                + "On: straight-line depreciation plus a capital charge at the discount rate."));
        vm.scenarioProperty().addListener((o, old, s) -> {
            mode.setValue(s.hostingMode());
            amortize.setSelected(s.amortize());
            amortize.setVisible(s.hostingMode() == HostingMode.OWN);
            amortize.setManaged(s.hostingMode() == HostingMode.OWN);
        });
        amortize.setVisible(vm.scenario().hostingMode() == HostingMode.OWN);
        amortize.setManaged(amortize.isVisible());
        return new VBox(6, mode, amortize);
    }

    private Node hybridChoice() {
        ComboBox<HybridPolicy> policy = new ComboBox<>();
        policy.setId("hybrid-policy");
        policy.getItems().addAll(HybridPolicy.values());
        policy.setConverter(Shown.as(p -> p == HybridPolicy.NONE ? "No hybrid"
                : p == HybridPolicy.SHARE ? "Fixed share self-hosted" : "Fixed fleet, peaks spill to the API"));
        policy.setValue(vm.scenario().hybridPolicy());
        policy.setOnAction(e -> vm.setHybridPolicy(policy.getValue()));
        vm.scenarioProperty().addListener((o, old, s) -> policy.setValue(s.hybridPolicy()));
        return policy;
    }

}
