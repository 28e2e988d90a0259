package com.tcostudio.ui.compare;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.ui.main.MainViewModel;
import com.tcostudio.report.Formats;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Every catalogued option ranked for the current scenario's workload, with filters (text or vendor,
 * kind, a region the data must stay in, a minimum context window, a minimum quality score on the
 * catalogue's index, which leaves unrated options out). Picking an option makes it the
 * scenario's: its catalogue entries are copied in through the main ViewModel (undoable).
 */
public final class VendorsViewModel {
    public static final String ANY = "Any";
    /** Options drawn in the chart under the table: the cheapest that can serve, among those shown. */
    public static final int CHART_OPTIONS = 6;

    private final ObservableList<VendorComparison.Option> all = FXCollections.observableArrayList();
    private final FilteredList<VendorComparison.Option> shown = new FilteredList<>(all);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<VendorComparison.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty(ANY);
    private final IntegerProperty minContext = new SimpleIntegerProperty(0);
    private final StringProperty vendor = new SimpleStringProperty(ANY);
    private final DoubleProperty minQuality = new SimpleDoubleProperty(0);
    private final ObservableList<VendorComparison.Option> charted = FXCollections.observableArrayList();
    /**
     * Kept, not made per call: the read-only view listens to {@code charted} weakly, so a view made
     * for one call and dropped would silently stop passing changes on to the chart.
     */
    private final ObservableList<VendorComparison.Option> chartedView = FXCollections.unmodifiableObservableList(charted);

    public VendorsViewModel(Scenario scenario, Catalogue catalogue) {
        all.setAll(VendorComparison.rank(scenario, catalogue));
        text.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        region.addListener((o, a, b) -> refilter());
        minContext.addListener((o, a, b) -> refilter());
        vendor.addListener((o, a, b) -> refilter());
        minQuality.addListener((o, a, b) -> refilter());
        refreshChart();
    }

    /** The lowest quality score shown (LMArena text-arena rating); 0 for no requirement. */
    public DoubleProperty minQualityProperty() {
        return minQuality;
    }

    /** The option's quality score as shown in the table: one decimal, or "unrated". */
    public static String qualityText(VendorComparison.Option o) {
        return Double.isNaN(o.quality()) ? "unrated" : Formats.oneDecimal(o.quality());
    }

    /** How the option's figures were obtained, as the catalogue states it (the least certain of its entries). */
    public static String basisText(VendorComparison.Option o) {
        return o.priceOnRequest() ? "price on request" : o.basis().label();
    }

    /**
     * The options the chart draws: taken from the same filtered list as the table, so that an
     * option the filters hide (another region, too small a context) is never drawn.
     */
    public ObservableList<VendorComparison.Option> chartOptions() {
        return chartedView;
    }

    private void refreshChart() {
        charted.setAll(shown.stream().filter(VendorComparison.Option::usable).limit(CHART_OPTIONS).toList());
    }

    public StringProperty vendorProperty() {
        return vendor;
    }

    /**
     * Who is paid: the API provider for closed options, the GPU provider (or "purchase") for
     * self-hosted ones, both for a hybrid; read from the catalogue ids ("openai/...", "aws/h100/...").
     */
    static List<String> vendorsOf(VendorComparison.Option o) {
        List<String> v = new java.util.ArrayList<>();
        if (o.apiModelId() != null) {
            v.add(o.apiModelId().substring(0, o.apiModelId().indexOf('/')));
        }
        if (o.gpuOfferId() != null) {
            v.add(o.gpuOfferId().substring(0, o.gpuOfferId().indexOf('/')));
        }
        return v;
    }

    /** Vendors of all options, "Any" first. */
    public List<String> vendors() {
        TreeSet<String> v = new TreeSet<>();
        all.forEach(o -> v.addAll(vendorsOf(o)));
        List<String> list = new java.util.ArrayList<>(List.of(ANY));
        list.addAll(v);
        return list;
    }

    public ObservableList<VendorComparison.Option> options() {
        return shown;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<VendorComparison.Kind> kindProperty() {
        return kind;
    }

    /** A region the data must stay in (ISO code or EU); "Any" for no requirement. */
    public StringProperty regionProperty() {
        return region;
    }

    public IntegerProperty minContextProperty() {
        return minContext;
    }

    /** Regions any option names, "Any" first. */
    public List<String> regions() {
        TreeSet<String> r = new TreeSet<>();
        all.forEach(o -> o.residency().stream().filter(x -> !x.equals(VendorComparison.YOUR_INFRASTRUCTURE)).forEach(r::add));
        List<String> list = new java.util.ArrayList<>(List.of(ANY));
        list.addAll(r);
        return list;
    }

    private void refilter() {
        String t = text.get() == null ? "" : text.get().toLowerCase(Locale.ROOT).strip();
        shown.setPredicate(o -> (t.isEmpty() || (o.id() + " " + o.description()).toLowerCase(Locale.ROOT).contains(t))
                && (kind.get() == null || o.kind() == kind.get())
                && (ANY.equals(region.get()) || o.staysIn(region.get()))
                && (minContext.get() <= 0 || o.contextWindow() >= minContext.get())
                && (ANY.equals(vendor.get()) || vendorsOf(o).contains(vendor.get()))
                && (minQuality.get() <= 0 || o.ratedAtLeast(minQuality.get())));
        refreshChart();
    }

    /** Makes the option the scenario's: its API model and/or serving profile and GPU offer. */
    public static void pick(VendorComparison.Option o, MainViewModel main) {
        if (!o.usable()) {
            return;
        }
        if (o.apiModelId() != null) {
            main.useCatalogueEntry(CatalogueSlot.API_MODEL, o.apiModelId());
        }
        if (o.servingProfileId() != null) {
            main.setHostingMode(o.scenario().hostingMode() == HostingMode.OWN ? HostingMode.OWN : HostingMode.RENT);
            main.useCatalogueEntry(CatalogueSlot.SERVING_PROFILE, o.servingProfileId());
            main.useCatalogueEntry(CatalogueSlot.GPU_OFFER, o.gpuOfferId());
        }
    }
}
