package com.tcostudio.ui.catalogue;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Filters over the three catalogue tables: free text, vendor, region (where the provider keeps the
 * data) and GPU. Prices older than {@link Catalogue#STALE_AFTER_MONTHS} months are flagged.
 */
public final class CatalogueBrowserViewModel {
    /** Filter value meaning "no filter". */
    public static final String ANY = "Any";

    private final ObservableList<ApiModel> apiModels = FXCollections.observableArrayList();
    private final ObservableList<GpuOffer> gpuOffers = FXCollections.observableArrayList();
    private final ObservableList<ServingProfile> profiles = FXCollections.observableArrayList();
    private final FilteredList<ApiModel> shownApiModels = new FilteredList<>(apiModels);
    private final FilteredList<GpuOffer> shownGpuOffers = new FilteredList<>(gpuOffers);
    private final FilteredList<ServingProfile> shownProfiles = new FilteredList<>(profiles);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty vendor = new SimpleStringProperty(ANY);
    private final StringProperty region = new SimpleStringProperty(ANY);
    private final ObjectProperty<GpuType> gpu = new SimpleObjectProperty<>();
    private final LocalDate today;
    private Catalogue catalogue;

    public CatalogueBrowserViewModel(Catalogue catalogue, LocalDate today) {
        this.today = today;
        text.addListener((o, a, b) -> refilter());
        vendor.addListener((o, a, b) -> refilter());
        region.addListener((o, a, b) -> refilter());
        gpu.addListener((o, a, b) -> refilter());
        setCatalogue(catalogue);
    }

    public void setCatalogue(Catalogue c) {
        catalogue = c;
        apiModels.setAll(c.apiModels());
        gpuOffers.setAll(c.gpuOffers());
        profiles.setAll(c.servingProfiles());
        refilter();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public ObservableList<ApiModel> apiModels() {
        return shownApiModels;
    }

    public ObservableList<GpuOffer> gpuOffers() {
        return shownGpuOffers;
    }

    public ObservableList<ServingProfile> servingProfiles() {
        return shownProfiles;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty vendorProperty() {
        return vendor;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ObjectProperty<GpuType> gpuProperty() {
        return gpu;
    }

    /** Vendors (providers) of all entries, sorted, "Any" first. */
    public List<String> vendors() {
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        catalogue.apiModels().forEach(m -> all.add(m.provider()));
        catalogue.gpuOffers().forEach(g -> all.add(g.provider()));
        return concatAny(all);
    }

    /** Regions named by any entry, "Any" first. */
    public List<String> regions() {
        TreeSet<String> all = new TreeSet<>();
        catalogue.apiModels().forEach(m -> all.addAll(m.regions()));
        catalogue.gpuOffers().forEach(g -> all.addAll(g.regions()));
        return concatAny(all);
    }

    /** The entry's basis as the catalogue states it, with the rule of a derived or estimated figure. */
    public static String basis(PriceSource price) {
        return price.basisNote().isBlank() ? price.basis().label() : price.basis().label() + ": " + price.basisNote();
    }

    /** A quality score on the catalogue's index with one decimal, or "unrated" (never guessed). */
    public static String quality(java.util.OptionalDouble score) {
        return score.isPresent() ? com.tcostudio.report.Formats.oneDecimal(score.getAsDouble()) : "unrated";
    }

    public boolean isStale(PriceSource price) {
        return Catalogue.isStale(price.asOf(), today);
    }

    /** "5 months", with a warning sign when stale. */
    public String age(PriceSource price) {
        long months = Catalogue.ageInMonths(price.asOf(), today);
        return (isStale(price) ? "\u26A0 " : "") + months + (months == 1 ? " month" : " months");
    }

    private void refilter() {
        String t = text.get() == null ? "" : text.get().toLowerCase(Locale.ROOT).strip();
        shownApiModels.setPredicate(m -> matches(t, m.id() + " " + m.name() + " " + m.provider())
                && vendorMatches(m.provider()) && regionMatches(m.regions()));
        shownGpuOffers.setPredicate(g -> matches(t, g.id() + " " + g.provider() + " " + g.instance())
                && vendorMatches(g.provider()) && regionMatches(g.regions()) && (gpu.get() == null || g.gpu() == gpu.get()));
        shownProfiles.setPredicate(p -> matches(t, p.id() + " " + p.model() + " " + p.engine())
                && (gpu.get() == null || p.gpu() == gpu.get()));
    }

    private static boolean matches(String t, String haystack) {
        return t.isEmpty() || haystack.toLowerCase(Locale.ROOT).contains(t);
    }

    private boolean vendorMatches(String provider) {
        return ANY.equals(vendor.get()) || provider.equalsIgnoreCase(vendor.get());
    }

    private boolean regionMatches(List<String> regions) {
        return ANY.equals(region.get()) || regions.contains(region.get());
    }

    private static List<String> concatAny(TreeSet<String> values) {
        List<String> list = new java.util.ArrayList<>();
        list.add(ANY);
        list.addAll(values);
        return list;
    }
}
