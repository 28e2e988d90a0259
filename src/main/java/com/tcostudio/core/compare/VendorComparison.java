package com.tcostudio.core.compare;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Basis;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.TypicalValues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every catalogued way to run the scenario's workload, ranked by TCO over its horizon: each API
 * model (closed), each serving profile on each GPU offer of the same GPU (open: rentals in rent
 * mode, purchases in own mode), and the hybrid of the best closed and best open option. The
 * scenario's workload, finance and operations settings are kept; only the catalogue's numbers change.
 * An option the catalogue cannot make work (the weights do not fit, a price is missing) is listed
 * with the reason instead of a cost, never guessed.
 */
public final class VendorComparison {
    /** Residency of self-hosting on owned GPUs: wherever the company puts them. */
    public static final String YOUR_INFRASTRUCTURE = "your infrastructure";

    public enum Kind { CLOSED, OPEN, HYBRID }

    /**
     * One option. {@code problem} is non-null when it cannot serve the workload; its figures are then
     * NaN. {@code residency}: where the data is processed (provider regions, or your infrastructure).
     * {@code breakEvenVsScenarioApi}: for self-hosted options, the month they pay off against the
     * scenario's own closed API (its prices are kept in the option's scenario); NaN otherwise or when never.
     * {@code quality}: the catalogue's quality score of the model (NaN when unrated); {@code basis}: the
     * least certain basis of the entries the option's figures come from (estimated before derived before quoted).
     */
    public record Option(String id, Kind kind, String description, double tco, double npv, double costPerMTok,
                         double monthOneCost, double lastMonthCost, List<String> residency, LocalDate asOf,
                         String licence, int contextWindow, String problem, String apiModelId,
                         String servingProfileId, String gpuOfferId, Scenario scenario, double breakEvenVsScenarioApi,
                         double quality, Basis basis, boolean priceOnRequest) {
        public boolean usable() {
            return problem == null;
        }

        /**
         * TCO over the horizon divided by the quality score: what each point of the index costs. NaN
         * when unrated or unusable. The arena rating is not a ratio scale, so this ranks options of
         * similar quality; it does not say one model is "twice as good".
         */
        public double costPerQualityPoint() {
            return usable() && quality > 0 ? tco / quality : Double.NaN;
        }

        /** True when the option is rated at least {@code min}; an unrated option never qualifies. */
        public boolean ratedAtLeast(double min) {
            return !Double.isNaN(quality) && quality >= min;
        }

        /** Whether the data stays in the region (an ISO code or EU); an empty residency is unknown, so no. */
        public boolean staysIn(String region) {
            return residency.contains(YOUR_INFRASTRUCTURE) || residency.contains(region);
        }
    }

    private VendorComparison() {
    }

    /** All options, usable ones cheapest first, then the ones that cannot serve. */
    public static List<Option> rank(Scenario base, Catalogue catalogue) {
        List<Option> options = new ArrayList<>();
        Option bestClosed = null;
        Scenario bestClosedScenario = null;
        for (ApiModel m : catalogue.apiModels()) {
            if (m.priceOnRequest()) {
                // listed, with its regions, where a buyer can see it; never priced with a made-up number
                options.add(new Option(m.id(), Kind.CLOSED, m.provider() + " " + m.name(), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, m.regions(), m.price().asOf(),
                        m.openWeights() ? "open weights" : "proprietary", m.contextWindow().orElse(0),
                        PRICE_ON_REQUEST, m.id(), null, null, null, Double.NaN, m.quality().orElse(Double.NaN),
                        m.basis(), true));
                continue;
            }
            Scenario s = withApiModel(base, m);
            Option o = closed(s, m);
            options.add(o);
            if (bestClosed == null || o.tco() < bestClosed.tco()) {
                bestClosed = o;
                bestClosedScenario = s;
            }
        }
        Option bestOpen = null;
        Scenario bestOpenScenario = null;
        for (ServingProfile p : catalogue.servingProfiles()) {
            for (GpuOffer g : catalogue.gpuOffers()) {
                if (g.gpu() != p.gpu()) {
                    continue;
                }
                String problem = cannotServe(p, g);
                Optional<Scenario> s = problem == null ? withSelfHosting(base, p, g) : Optional.empty();
                Option o = s.isPresent() ? open(s.get(), p, g) : unusable(p.id() + " @ " + g.id(), Kind.OPEN,
                        describe(p, g), g.regions(), g.price().asOf(), p.licence(), problem == null ? "the offer has no price" : problem,
                        p.quality().orElse(Double.NaN), leastCertain(p.basis(), g.basis()));
                options.add(o);
                if (o.usable() && (bestOpen == null || o.tco() < bestOpen.tco())) {
                    bestOpen = o;
                    bestOpenScenario = s.get();
                }
            }
        }
        if (bestClosed != null && bestOpen != null) {
            options.add(hybrid(base, bestClosedScenario, bestOpenScenario, bestClosed, bestOpen));
        }
        options.sort(Comparator.comparing((Option o) -> !o.usable()).thenComparingDouble(o -> o.usable() ? o.tco() : 0));
        return options;
    }

    /** The problem of an option whose provider publishes no price. */
    public static final String PRICE_ON_REQUEST = "price on request: the provider publishes no price";

    /** Only the options rated at least {@code min} on the quality index (unrated ones are left out). */
    public static List<Option> ratedAtLeast(List<Option> options, double min) {
        return options.stream().filter(o -> o.ratedAtLeast(min)).toList();
    }

    /** The options whose figures are all quoted or derived: nothing estimated. */
    public static List<Option> withoutEstimates(List<Option> options) {
        return options.stream().filter(o -> o.basis() != Basis.ESTIMATED).toList();
    }

    /** The less certain of two bases: estimated, then derived, then quoted. */
    static Basis leastCertain(Basis a, Basis b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Only the options whose data stays in the region. */
    public static List<Option> stayingIn(List<Option> options, String region) {
        return options.stream().filter(o -> o.staysIn(region)).toList();
    }

    private static Scenario withApiModel(Scenario base, ApiModel m) {
        double fx = base.currency().perUsd();
        return base.toBuilder()
                .set(Input.INPUT_PER_MTOK, m.inputPerMTok() * fx)
                .set(Input.OUTPUT_PER_MTOK, m.outputPerMTok() * fx)
                .set(Input.CACHED_INPUT_PER_MTOK, m.cachedInputPerMTok().isPresent() ? m.cachedInputPerMTok().getAsDouble() * fx : Double.NaN)
                .set(Input.BATCH_DISCOUNT, m.batchDiscount())
                .catalogueRef(CatalogueSlot.API_MODEL, new CatalogueRef(m.id(), m.price().asOf()))
                .clearUncertainty().build();
    }

    private static Optional<Scenario> withSelfHosting(Scenario base, ServingProfile p, GpuOffer g) {
        double fx = base.currency().perUsd();
        Scenario.Builder b = base.toBuilder().clearUncertainty()
                .set(Input.GPUS_PER_REPLICA, p.gpusPerReplica())
                .set(Input.PREFILL_TOKENS_PER_SECOND, p.prefillTokensPerSecond())
                .set(Input.DECODE_TOKENS_PER_SECOND, p.decodeTokensPerSecond())
                .catalogueRef(CatalogueSlot.SERVING_PROFILE, new CatalogueRef(p.id(), p.price().asOf()))
                .catalogueRef(CatalogueSlot.GPU_OFFER, new CatalogueRef(g.id(), g.price().asOf()));
        if (g.isPurchase()) {
            b.hostingMode(HostingMode.OWN)
                    .set(Input.CAPEX_PER_GPU, g.capexPerGpu().getAsDouble() * fx)
                    .set(Input.POWER_WATTS_PER_GPU, g.powerWattsPerGpu());
            g.depreciationMonths().ifPresent(m -> b.set(Input.DEPRECIATION_MONTHS, m));
            // own-mode figures the catalogue does not give come from the scenario, else typical values
            TypicalValues.fillMissing(b, fx);
        } else if (g.hourlyPerGpu().isPresent()) {
            b.hostingMode(HostingMode.RENT).set(Input.GPU_HOURLY, g.hourlyPerGpu().getAsDouble() * fx);
        } else {
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    /** Why a profile cannot run on an offer, or null when it can. */
    static String cannotServe(ServingProfile p, GpuOffer g) {
        if (p.weightsGb().isPresent() && p.weightsGb().getAsDouble() > g.gpuMemoryGb() * p.gpusPerReplica()) {
            return String.format(java.util.Locale.US, "weights need %.0f GB, %d x %s have %.0f GB",
                    p.weightsGb().getAsDouble(), p.gpusPerReplica(), g.gpu(), g.gpuMemoryGb() * p.gpusPerReplica());
        }
        return null;
    }

    private static Option closed(Scenario s, ApiModel m) {
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        return option(m.id(), Kind.CLOSED, m.provider() + " " + m.name(), e, Setup.CLOSED,
                m.regions(), m.price().asOf(), m.openWeights() ? "open weights" : "proprietary",
                m.contextWindow().orElse(0), m.quality().orElse(Double.NaN), m.basis());
    }

    private static Option open(Scenario s, ServingProfile p, GpuOffer g) {
        Evaluation e = CostEngine.DEFAULT.evaluate(s);
        List<String> residency = g.isPurchase() ? List.of(YOUR_INFRASTRUCTURE) : g.regions();
        LocalDate asOf = p.price().asOf().isBefore(g.price().asOf()) ? p.price().asOf() : g.price().asOf();
        return option(p.id() + " @ " + g.id(), Kind.OPEN, describe(p, g), e, Setup.OPEN, residency, asOf,
                p.licence(), p.contextWindow().orElse(0), p.quality().orElse(Double.NaN), leastCertain(p.basis(), g.basis()));
    }

    private static Option hybrid(Scenario base, Scenario closed, Scenario open, Option bestClosed, Option bestOpen) {
        Scenario.Builder b = open.toBuilder();
        for (Input i : List.of(Input.INPUT_PER_MTOK, Input.OUTPUT_PER_MTOK, Input.CACHED_INPUT_PER_MTOK, Input.BATCH_DISCOUNT)) {
            b.set(i, closed.get(i));
        }
        closed.catalogueRef(CatalogueSlot.API_MODEL).ifPresent(r -> b.catalogueRef(CatalogueSlot.API_MODEL, r));
        if (base.hybridPolicy() == HybridPolicy.NONE) {
            // no hybrid in the scenario: half of the traffic in-house
            b.hybridPolicy(HybridPolicy.SHARE).set(Input.SELF_HOSTED_SHARE, 0.5);
        }
        Evaluation e = CostEngine.DEFAULT.evaluate(b.build());
        List<String> residency = new ArrayList<>(bestOpen.residency());
        residency.retainAll(bestClosed.residency());
        LocalDate asOf = bestClosed.asOf().isBefore(bestOpen.asOf()) ? bestClosed.asOf() : bestOpen.asOf();
        return option("hybrid: " + bestClosed.id() + " + " + bestOpen.id(), Kind.HYBRID,
                "best API with the best self-hosted option (" + e.scenario().hybridPolicy().label() + ")", e, Setup.HYBRID,
                residency, asOf, bestOpen.licence(), Math.min(bestClosed.contextWindow(), bestOpen.contextWindow()),
                // a mix serves at the quality of its weaker part
                Double.isNaN(bestClosed.quality()) || Double.isNaN(bestOpen.quality()) ? Double.NaN
                        : Math.min(bestClosed.quality(), bestOpen.quality()),
                leastCertain(bestClosed.basis(), bestOpen.basis()));
    }

    private static Option option(String id, Kind kind, String description, Evaluation e, Setup setup,
                                 List<String> residency, LocalDate asOf, String licence, int context, double quality,
                                 Basis basis) {
        Scenario s = e.scenario();
        String api = kind == Kind.OPEN ? null : s.catalogueRef(CatalogueSlot.API_MODEL).map(CatalogueRef::id).orElse(null);
        String profile = kind == Kind.CLOSED ? null : s.catalogueRef(CatalogueSlot.SERVING_PROFILE).map(CatalogueRef::id).orElse(null);
        String offer = kind == Kind.CLOSED ? null : s.catalogueRef(CatalogueSlot.GPU_OFFER).map(CatalogueRef::id).orElse(null);
        SetupResult r = e.setup(setup);
        double tokens = 0;
        for (int i = 0; i < e.months(); i++) {
            tokens += e.inputTokens(i) + e.outputTokens(i);
        }
        return new Option(id, kind, description, r.tco(), r.npv(), tokens > 0 ? r.tco() / (tokens / 1e6) : Double.NaN,
                r.total(0), r.total(e.months() - 1), List.copyOf(residency), asOf, licence, context, null, api, profile, offer, s,
                kind == Kind.OPEN ? e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month() : Double.NaN,
                quality, basis, false);
    }

    private static Option unusable(String id, Kind kind, String description, List<String> residency, LocalDate asOf,
                                   String licence, String problem, double quality, Basis basis) {
        return new Option(id, kind, description, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                List.copyOf(residency), asOf, licence, 0, problem, null, null, null, null, Double.NaN, quality, basis, false);
    }

    private static String describe(ServingProfile p, GpuOffer g) {
        return p.model() + " on " + p.gpusPerReplica() + " x " + g.gpu() + " (" + g.provider() + ", " + g.pricing().label() + ")";
    }
}
