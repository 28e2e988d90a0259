package com.tcostudio.ui.portfolio;

import com.tcostudio.charts.PortfolioCharts;
import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.ui.Shown;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.jfree.chart.fx.ChartViewer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The options as cards: each API and each deployment with its fields, catalogue pickers, regions
 * and contract terms; a deployment with operating points shows its throughput-against-latency
 * curve with the chosen point. Binds to {@link OptionsViewModel}.
 */
public final class OptionsView {
    private static final double CARD_WIDTH = 460;
    private final OptionsViewModel vm;
    private final Supplier<Catalogue> catalogue;
    private final FlowPane apis = new FlowPane(12, 12);
    private final FlowPane deployments = new FlowPane(12, 12);
    private final VBox root;

    public OptionsView(OptionsViewModel vm, Supplier<Catalogue> catalogue) {
        this.vm = vm;
        this.catalogue = catalogue;
        apis.setId("api-cards");
        deployments.setId("deployment-cards");
        Button addApi = new Button("Add API");
        addApi.setId("add-api");
        addApi.setOnAction(e -> vm.addApi());
        Button addDeployment = new Button("Add self-hosted deployment");
        addDeployment.setId("add-deployment");
        addDeployment.setOnAction(e -> vm.addDeployment());
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        Label apiTitle = new Label("APIs");
        apiTitle.getStyleClass().add("section-title");
        Label depTitle = new Label("Self-hosted deployments");
        depTitle.getStyleClass().add("section-title");
        root = new VBox(10, new HBox(10, addApi, addDeployment, message), apiTitle, apis, depTitle, deployments);
        root.setPadding(new Insets(12));
        vm.apis().addListener((ListChangeListener<ApiCard>) c -> buildApis());
        vm.deployments().addListener((ListChangeListener<DeploymentCard>) c -> buildDeployments());
        buildApis();
        buildDeployments();
    }

    public Node node() {
        ScrollPane s = new ScrollPane(root);
        s.setFitToWidth(true);
        s.getStyleClass().add("results");
        return s;
    }

    private void buildApis() {
        apis.getChildren().setAll(vm.apis().stream().map(this::apiCard).toList());
    }

    private void buildDeployments() {
        deployments.getChildren().setAll(vm.deployments().stream().map(this::deploymentCard).toList());
    }

    private Node apiCard(ApiCard c) {
        String id = c.id();
        VBox card = card(c.nameProperty(), c.nameErrorProperty(), n -> vm.rename(id, n), id, "API");
        card.getChildren().add(picker(CatalogueSlot.API_MODEL, Catalogue::apiModels, ApiModel::id,
                m -> m.provider() + " " + m.name() + "  (" + m.inputPerMTok() + " / " + m.outputPerMTok() + " USD per MTok)",
                entry -> vm.useCatalogueEntry(id, CatalogueSlot.API_MODEL, entry), id));
        card.getChildren().add(bound(c.catalogueTextProperty(), "unit"));
        card.getChildren().add(regions(c.regionsTextProperty(), id, "Where does " + c.nameProperty().get()
                + " process data?"));
        GridPane grid = grid();
        int r = 0;
        for (PartField f : c.priceFields()) {
            r = row(grid, r, f, id);
        }
        r = row(grid, r, c.field(ApiCard.QUALITY), id);
        card.getChildren().add(grid);
        card.getChildren().add(term("Forced model migrations", c.migrationProperty().get(), on -> vm.setMigration(id, on),
                c.migrationFields(), id, "migration"));
        card.getChildren().add(term("Committed capacity (provisioned throughput)", c.committedProperty().get(),
                on -> vm.setCommitted(id, on), c.committedFields(), id, "committed"));
        c.migrationProperty().addListener((o, was, is) -> buildApis());
        c.committedProperty().addListener((o, was, is) -> buildApis());
        return card;
    }

    private Node deploymentCard(DeploymentCard c) {
        String id = c.id();
        VBox card = card(c.nameProperty(), c.nameErrorProperty(), n -> vm.rename(id, n), id, "Self-hosted");
        ComboBox<HostingMode> mode = new ComboBox<>();
        mode.setId("mode-" + id);
        mode.getItems().addAll(HostingMode.values());
        mode.setConverter(Shown.as(m -> m == HostingMode.RENT ? "Rent cloud GPUs" : "Own GPUs (bought)"));
        mode.setValue(c.modeProperty().get());
        mode.setOnAction(e -> vm.setMode(id, mode.getValue()));
        card.getChildren().add(mode);
        card.getChildren().add(picker(CatalogueSlot.SERVING_PROFILE, Catalogue::servingProfiles, ServingProfile::id,
                p -> p.model() + " on " + p.gpusPerReplica() + " x " + p.gpu() + ", " + p.engine(),
                entry -> vm.useCatalogueEntry(id, CatalogueSlot.SERVING_PROFILE, entry), id));
        card.getChildren().add(picker(CatalogueSlot.GPU_OFFER, Catalogue::gpuOffers, GpuOffer::id,
                g -> g.provider() + " " + g.gpu() + " " + g.pricing().label(),
                entry -> vm.useCatalogueEntry(id, CatalogueSlot.GPU_OFFER, entry), id));
        card.getChildren().add(regions(c.regionsTextProperty(), id, "Where does " + c.nameProperty().get() + " run?"));
        if (c.modeProperty().get() == HostingMode.RENT) {
            CheckBox autoscale = new CheckBox("Autoscaled: the fleet follows the load through the day");
            autoscale.setId("autoscale-" + id);
            autoscale.setSelected(c.autoscaleProperty().get());
            autoscale.setDisable(c.fixedProperty().get());
            autoscale.setOnAction(e -> vm.setAutoscale(id, autoscale.isSelected()));
            card.getChildren().add(autoscale);
        }
        GridPane grid = grid();
        int r = row(grid, 0, c.field(DeploymentCard.FIXED_REPLICAS), id);
        r = row(grid, r, c.field(DeploymentCard.QUALITY), id);
        for (List<Input> group : List.of(DeploymentCard.SERVING_INPUTS, DeploymentCard.HOSTING_INPUTS,
                DeploymentCard.STAFF_INPUTS)) {
            for (Input i : group) {
                if (c.applies(i)) {
                    r = row(grid, r, c.field(i), id);
                }
            }
        }
        card.getChildren().add(grid);
        if (c.modeProperty().get() == HostingMode.RENT) {
            card.getChildren().add(term("Reserved GPUs", c.reservedProperty().get(), on -> vm.setReserved(id, on),
                    c.reservationFields(), id, "reserved"));
        }
        if (!c.operatingPointsProperty().get().isEmpty()) {
            ChartViewer curve = new ChartViewer(curve(c));
            curve.setId("curve-" + id);
            curve.setPrefSize(CARD_WIDTH - 24, 300);
            curve.setMinHeight(260);
            c.chosenPointProperty().addListener((o, was, is) -> curve.setChart(curve(c)));
            card.getChildren().add(curve);
        }
        Label chosen = new Label();
        chosen.setWrapText(true);
        chosen.getStyleClass().add("unit");
        Runnable say = () -> {
            ChosenPoint p = c.chosenPointProperty().get();
            chosen.setText(p == null ? "Not used by the plan shown in Results." : "In " + p.planName() + ": costed at "
                    + (Double.isNaN(p.outputTokensPerSecondPerUser()) ? "its maximum throughput"
                    : NumberTextOf.of(p.outputTokensPerSecondPerUser()) + " tokens/s per user")
                    + ", " + NumberTextOf.of(p.prefillTokensPerSecond()) + " prefill and "
                    + NumberTextOf.of(p.decodeTokensPerSecond()) + " decode tokens/s per replica"
                    + (p.chosenBy().isEmpty() ? "" : ", for " + p.chosenBy()) + ".");
        };
        c.chosenPointProperty().addListener((o, was, is) -> say.run());
        say.run();
        card.getChildren().add(chosen);
        c.modeProperty().addListener((o, was, is) -> buildDeployments());
        c.fixedProperty().addListener((o, was, is) -> buildDeployments());
        c.reservedProperty().addListener((o, was, is) -> buildDeployments());
        c.operatingPointsProperty().addListener((o, was, is) -> buildDeployments());
        return card;
    }

    private static org.jfree.chart.JFreeChart curve(DeploymentCard c) {
        ChosenPoint p = c.chosenPointProperty().get();
        return PortfolioCharts.operatingPoints(c.nameProperty().get(), c.operatingPointsProperty().get(),
                p == null ? Double.NaN : p.outputTokensPerSecondPerUser(), p == null ? Double.NaN : p.decodeTokensPerSecond(),
                p == null ? "" : p.chosenBy());
    }

    private VBox card(ObservableValue<String> name, ObservableValue<String> nameError, Consumer<String> rename, String id,
                      String kind) {
        Label kindLabel = new Label(kind);
        kindLabel.getStyleClass().add("card-title");
        Hyperlink dup = new Hyperlink("Duplicate");
        dup.setId("duplicate-" + id);
        dup.setOnAction(e -> vm.duplicate(id));
        Hyperlink remove = new Hyperlink("Remove");
        remove.setId("remove-" + id);
        remove.setOnAction(e -> vm.remove(id));
        Label error = bound(nameError, "field-error");
        VBox card = new VBox(6, new HBox(8, kindLabel, dup, remove),
                FieldCell.name((javafx.beans.value.ObservableStringValue) name, rename, "option-name-" + id), error);
        card.getStyleClass().addAll("card", "option-card");
        card.setId("option-" + id);
        return card;
    }

    private Node regions(ObservableValue<String> text, String id, String question) {
        Label l = bound(text, "");
        l.setWrapText(true);
        Hyperlink pick = new Hyperlink("Choose regions...");
        pick.setId("regions-" + id);
        pick.setOnAction(e -> {
            List<String> now = vm.api(id).map(ApiCard::regions).orElseGet(() -> vm.deployment(id).orElseThrow().regions());
            RegionPicker.pick(pick, question, RegionChoice.all(), now).ifPresent(codes -> vm.setRegions(id, codes));
        });
        return new VBox(0, new HBox(6, new Label("Regions:"), l), pick);
    }

    private Node term(String title, boolean on, Consumer<Boolean> toggle, List<PartField> fields, String id, String key) {
        CheckBox box = new CheckBox(title);
        box.setId(key + "-" + id);
        box.setSelected(on);
        box.setOnAction(e -> toggle.accept(box.isSelected()));
        if (!on) {
            return box;
        }
        GridPane grid = grid();
        int r = 0;
        for (PartField f : fields) {
            r = row(grid, r, f, id);
        }
        return new VBox(4, box, grid);
    }

    /** Label, field and unit columns wide enough for "40,000,000,000" and "USD per GPU-hour". */
    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(3);
        g.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(150),
                new javafx.scene.layout.ColumnConstraints(130, 140, 160), new javafx.scene.layout.ColumnConstraints(120));
        return g;
    }

    private static int row(GridPane grid, int r, PartField f, String id) {
        Label label = new Label(f.label());
        label.setWrapText(true);
        grid.add(label, 0, r);
        grid.add(FieldCell.of(f, "option-" + id + "-" + f.key().replace('.', '-')), 1, r);
        Label unit = FieldCell.unit(f.unit());
        unit.setWrapText(true);
        grid.add(unit, 2, r);
        return r + 1;
    }

    private static Label bound(ObservableValue<String> text, String style) {
        Label l = new Label();
        l.textProperty().bind(text);
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        l.setWrapText(true);
        return l;
    }

    private <T> Node picker(CatalogueSlot slot, Function<Catalogue, List<T>> entries, Function<T, String> id,
                            Function<T, String> text, Consumer<String> use, String cardId) {
        SearchableComboBox<T> box = new SearchableComboBox<>();
        box.setId("picker-" + slot.path().replace('.', '-') + "-" + cardId);
        box.setConverter(Shown.as(text));
        List<T> list = entries.apply(catalogue.get());
        box.getItems().setAll(list);
        box.setPromptText(list.isEmpty() ? "catalogue is empty" : "Pick from the catalogue (" + list.size() + ")");
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                use.accept(id.apply(picked));
            }
        });
        return box;
    }
}
