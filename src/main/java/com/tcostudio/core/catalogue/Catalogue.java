package com.tcostudio.core.catalogue;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Input;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The price catalogue: API models, GPU offers and serving profiles, each with its price source,
 * and the problems met while loading them. Immutable.
 *
 * <p>Ids are unique within each kind (an API model and a GPU offer may share one). The lists keep
 * the order of the files they came from. The catalogue also serves scenarios as a
 * {@link CatalogueLookup}: an id names the numbers that fill a scenario's inputs.
 */
public final class Catalogue implements CatalogueLookup {
    /** Prices older than this are flagged in the UI and reports (see {@link #isStale}). */
    public static final int STALE_AFTER_MONTHS = 6;

    private static final Catalogue EMPTY = new Catalogue(List.of(), List.of(), List.of(), List.of());

    private final List<ApiModel> apiModels;
    private final List<GpuOffer> gpuOffers;
    private final List<ServingProfile> servingProfiles;
    private final List<CatalogueProblem> problems;
    private final Map<String, ApiModel> apiModelById;
    private final Map<String, GpuOffer> gpuOfferById;
    private final Map<String, ServingProfile> servingProfileById;

    private Catalogue(List<ApiModel> apiModels, List<GpuOffer> gpuOffers, List<ServingProfile> servingProfiles,
                      List<CatalogueProblem> problems) {
        this.apiModels = List.copyOf(apiModels);
        this.gpuOffers = List.copyOf(gpuOffers);
        this.servingProfiles = List.copyOf(servingProfiles);
        this.problems = List.copyOf(problems);
        this.apiModelById = index("apiModels", this.apiModels, ApiModel::id);
        this.gpuOfferById = index("gpuOffers", this.gpuOffers, GpuOffer::id);
        this.servingProfileById = index("servingProfiles", this.servingProfiles, ServingProfile::id);
    }

    /**
     * A catalogue of the given entries.
     *
     * @throws IllegalArgumentException when an id appears twice within one kind: the loader settles
     *                                  duplicates before building a catalogue, so this is a bug
     * @throws NullPointerException     when a list or an element is null
     */
    public static Catalogue of(List<ApiModel> apiModels, List<GpuOffer> gpuOffers, List<ServingProfile> servingProfiles,
                               List<CatalogueProblem> problems) {
        return new Catalogue(apiModels, gpuOffers, servingProfiles, problems);
    }

    /** No entries and no problems: what a scenario sees when it uses no catalogue. */
    public static Catalogue empty() {
        return EMPTY;
    }

    private static <T> Map<String, T> index(String what, List<T> entries, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T entry : entries) {
            T earlier = byId.putIfAbsent(id.apply(entry), entry);
            if (earlier != null) {
                throw new IllegalArgumentException(what + ": id '" + id.apply(entry) + "' appears twice");
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    /** The characters of an id: lower case, so that ids compare without case folding. */
    public static final String ID_CHARACTERS = "a-z0-9._:/-";
    /**
     * The id rule, the one of the JSON Schemas in {@code pricing-data/schemas} (a test holds each
     * schema to it): those characters, starting with a letter or digit.
     */
    public static final String ID_PATTERN = "^[a-z0-9][" + ID_CHARACTERS + "]*$";
    /** {@link #ID_PATTERN} in words. */
    public static final String ID_RULE = "must be lower case letters, digits and . _ : / -, starting with a letter or digit";

    /**
     * True when {@code id} has the form the catalogue files require: lower case letters, digits and
     * {@code . _ : / -}, starting with a letter or digit.
     */
    public static boolean isValidId(String id) {
        return id != null && Checks.ID.matcher(id).matches();
    }

    public List<ApiModel> apiModels() {
        return apiModels;
    }

    public List<GpuOffer> gpuOffers() {
        return gpuOffers;
    }

    public List<ServingProfile> servingProfiles() {
        return servingProfiles;
    }

    /** Problems and notices met while loading, in the order met; empty when every file was sound. */
    public List<CatalogueProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Optional<ApiModel> apiModel(String id) {
        return Optional.ofNullable(apiModelById.get(id));
    }

    public Optional<GpuOffer> gpuOffer(String id) {
        return Optional.ofNullable(gpuOfferById.get(id));
    }

    public Optional<ServingProfile> servingProfile(String id) {
        return Optional.ofNullable(servingProfileById.get(id));
    }

    /**
     * Every region code some entry names (API processing regions and GPU locations), sorted: the
     * codes a residency filter can meaningfully ask for.
     */
    public java.util.SortedSet<String> regionCodes() {
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        apiModels.forEach(m -> codes.addAll(m.regions()));
        gpuOffers.forEach(o -> codes.addAll(o.regions()));
        return Collections.unmodifiableSortedSet(codes);
    }

    /** Number of entries of all three kinds. */
    public int size() {
        return apiModels.size() + gpuOffers.size() + servingProfiles.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** The as-of date of the oldest price in the catalogue; empty when it has no entries. */
    public Optional<LocalDate> oldestAsOf() {
        return asOfDates().min(LocalDate::compareTo);
    }

    /** The as-of date of the newest price in the catalogue; empty when it has no entries. */
    public Optional<LocalDate> newestAsOf() {
        return asOfDates().max(LocalDate::compareTo);
    }

    private Stream<LocalDate> asOfDates() {
        return Stream.of(apiModels.stream().map(m -> m.price().asOf()),
                gpuOffers.stream().map(o -> o.price().asOf()),
                servingProfiles.stream().map(p -> p.price().asOf()))
                .flatMap(Function.identity());
    }

    /**
     * Whole calendar months from {@code asOf} to {@code today}, counted as a person would: a price
     * of 15 January is 0 months old on 14 February and 1 month old on 15 February. Negative when
     * {@code asOf} is after {@code today} (a price announced ahead of its date).
     */
    public static long ageInMonths(LocalDate asOf, LocalDate today) {
        return ChronoUnit.MONTHS.between(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(today, "today"));
    }

    /**
     * True when the price is more than {@value #STALE_AFTER_MONTHS} months old on {@code today}:
     * six months to the day is not yet stale, the day after is.
     */
    public static boolean isStale(LocalDate asOf, LocalDate today) {
        return asOf.plusMonths(STALE_AFTER_MONTHS).isBefore(today);
    }

    /**
     * The numbers an entry gives a scenario: an API model its four prices (the cached price only
     * when it has one); a serving profile its replica size and throughputs; a rental offer its
     * hourly price; a purchase offer its capex, power and depreciation. Money is in USD.
     */
    @Override
    public Optional<Entry> find(CatalogueSlot slot, String id) {
        switch (slot) {
            case API_MODEL:
                // an entry priced on request has no numbers to give a scenario
                return apiModel(id).filter(m -> !m.priceOnRequest()).map(Catalogue::entry);
            case SERVING_PROFILE:
                return servingProfile(id).map(Catalogue::entry);
            case GPU_OFFER:
                return gpuOffer(id).map(Catalogue::entry);
            default:
                throw new IllegalArgumentException("no catalogue entries for slot " + slot);
        }
    }

    private static Entry entry(ApiModel m) {
        Map<Input, Double> values = new EnumMap<>(Input.class);
        values.put(Input.INPUT_PER_MTOK, m.inputPerMTok());
        values.put(Input.OUTPUT_PER_MTOK, m.outputPerMTok());
        m.cachedInputPerMTok().ifPresent(v -> values.put(Input.CACHED_INPUT_PER_MTOK, v));
        values.put(Input.BATCH_DISCOUNT, m.batchDiscount());
        return new Entry(m.id(), m.price().asOf(), values);
    }

    private static Entry entry(ServingProfile p) {
        Map<Input, Double> values = new EnumMap<>(Input.class);
        values.put(Input.GPUS_PER_REPLICA, (double) p.gpusPerReplica());
        values.put(Input.PREFILL_TOKENS_PER_SECOND, p.prefillTokensPerSecond());
        values.put(Input.DECODE_TOKENS_PER_SECOND, p.decodeTokensPerSecond());
        return new Entry(p.id(), p.price().asOf(), values);
    }

    private static Entry entry(GpuOffer o) {
        Map<Input, Double> values = new EnumMap<>(Input.class);
        if (o.isPurchase()) {
            values.put(Input.CAPEX_PER_GPU, o.capexPerGpu().getAsDouble());
            values.put(Input.POWER_WATTS_PER_GPU, o.powerWattsPerGpu());
            values.put(Input.DEPRECIATION_MONTHS, (double) o.depreciationMonths().getAsInt());
        } else {
            values.put(Input.GPU_HOURLY, o.hourlyPerGpu().getAsDouble());
        }
        return new Entry(o.id(), o.price().asOf(), values);
    }

    @Override
    public String toString() {
        return "Catalogue[" + apiModels.size() + " API models, " + gpuOffers.size() + " GPU offers, "
                + servingProfiles.size() + " serving profiles, " + problems.size() + " problems]";
    }
}
