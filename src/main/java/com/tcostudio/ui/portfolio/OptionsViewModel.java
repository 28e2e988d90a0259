package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.TypicalValues;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The options that can serve the use cases: a card per API and per self-hosted deployment, each
 * edited with today's fields and the catalogue pickers, plus the contract terms (forced migrations
 * and committed capacity on an API; autoscaled rental, a reservation and a fixed fleet on a
 * deployment). Removing an option sends its routes in every plan to another option.
 */
public final class OptionsViewModel {
    /** A new contract term starts from figures a user then corrects: a yearly migration of one person-month, and so on. */
    static final Migration NEW_MIGRATION = new Migration(12, 1, 0);

    private final PortfolioViewModel document;
    private CatalogueLookup catalogue;
    private final ObservableList<ApiCard> apis = FXCollections.observableArrayList();
    /** One read-only view, made once: a view made per call is dropped with the listeners put on it. */
    private final ObservableList<ApiCard> apisView = FXCollections.unmodifiableObservableList(apis);
    private final ObservableList<DeploymentCard> deployments = FXCollections.observableArrayList();
    private final ObservableList<DeploymentCard> deploymentsView = FXCollections.unmodifiableObservableList(deployments);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean showing;

    public OptionsViewModel(PortfolioViewModel document, CatalogueLookup catalogue) {
        this.document = document;
        this.catalogue = catalogue;
        document.portfolioProperty().addListener((o, was, p) -> refresh(p));
        refresh(document.portfolio());
    }

    public void setCatalogue(CatalogueLookup c) {
        catalogue = c;
    }

    public ObservableList<ApiCard> apis() {
        return apisView;
    }

    public ObservableList<DeploymentCard> deployments() {
        return deploymentsView;
    }

    public Optional<ApiCard> api(String id) {
        return apis.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<DeploymentCard> deployment(String id) {
        return deployments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The refusal of the last command in words; empty after one that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands ----------------------------------------------------------------------------

    /** A new API with the first API's prices (or zeros), used by no plan until a route names it. */
    public void addApi() {
        Portfolio p = document.portfolio();
        String name = "API " + (p.apis().size() + 1);
        Fields f = p.apis().isEmpty() ? zeros(Api.INPUTS) : p.apis().get(0).fields();
        Api a = new Api(PortfolioEdits.freshId(name, PortfolioEdits.targetIds(p)), name, f, null, null, Double.NaN, null, null);
        List<Api> list = new ArrayList<>(p.apis());
        list.add(a);
        command(() -> PortfolioEdits.withApis(p, list));
    }

    /** A new rented deployment with the first deployment's numbers (or typical ones), used by no plan yet. */
    public void addDeployment() {
        Portfolio p = document.portfolio();
        String name = "Self-hosted " + (p.deployments().size() + 1);
        String id = PortfolioEdits.freshId(name, PortfolioEdits.targetIds(p));
        Deployment d;
        if (!p.deployments().isEmpty()) {
            Deployment m = p.deployments().get(0);
            d = new Deployment(id, name, m.fields(), m.mode(), m.amortize(), false, null, null, m.operatingPoints(),
                    m.regions(), m.quality(), m.refs());
        } else {
            Fields f = zeros(Deployment.inputs(HostingMode.RENT));
            f = f.with(Input.GPUS_PER_REPLICA, 1).with(Input.PREFILL_TOKENS_PER_SECOND, 10_000)
                    .with(Input.DECODE_TOKENS_PER_SECOND, 1_000).with(Input.TARGET_UTILIZATION, 0.7)
                    .with(Input.MIN_REPLICAS, 1).with(Input.GPU_HOURLY, typical(Input.GPU_HOURLY, p));
            d = new Deployment(id, name, f, HostingMode.RENT, false, false, null, null, List.of(), null, Double.NaN, Map.of());
        }
        List<Deployment> list = new ArrayList<>(p.deployments());
        list.add(d);
        command(() -> PortfolioEdits.withDeployments(p, list));
    }

    /** A copy of an option under a new id, right after it; no plan uses the copy yet. */
    public void duplicate(String id) {
        Portfolio p = document.portfolio();
        Optional<Api> a = p.api(id);
        if (a.isPresent()) {
            Api x = a.get();
            String name = x.name() + " (copy)";
            List<Api> list = new ArrayList<>(p.apis());
            list.add(list.indexOf(x) + 1, new Api(PortfolioEdits.freshId(name, PortfolioEdits.targetIds(p)), name, x.fields(),
                    x.apiModel(), x.regions(), x.quality(), x.migration(), x.committed()));
            command(() -> PortfolioEdits.withApis(p, list));
            return;
        }
        Deployment x = p.deployment(id).orElseThrow();
        String name = x.name() + " (copy)";
        List<Deployment> list = new ArrayList<>(p.deployments());
        list.add(list.indexOf(x) + 1, new Deployment(PortfolioEdits.freshId(name, PortfolioEdits.targetIds(p)), name,
                x.fields(), x.mode(), x.amortize(), x.autoscale(), x.reservation(), x.fixedReplicas(), x.operatingPoints(),
                x.regions(), x.quality(), x.refs()));
        command(() -> PortfolioEdits.withDeployments(p, list));
    }

    /** Removes an option; its routes in every plan go to another option (see {@link PortfolioEdits#removeTarget}). */
    public void remove(String id) {
        command(() -> PortfolioEdits.removeTarget(document.portfolio(), id));
    }

    public void rename(String id, String name) {
        String n = name == null ? "" : name.strip();
        Portfolio p = document.portfolio();
        Optional<String> refused = p.api(id).isPresent()
                ? document.edit(() -> PortfolioEdits.replaceApi(p, id, a -> new Api(a.id(), n, a.fields(), a.apiModel(),
                a.regions(), a.quality(), a.migration(), a.committed())), id + "/name")
                : document.edit(() -> PortfolioEdits.replaceDeployment(p, id, d -> rebuild(d, d.fields(), d.mode(),
                d.autoscale(), d.reservation(), d.fixedReplicas(), n)), id + "/name");
        String error = refused.map(r -> "Name " + r).orElse("");
        api(id).ifPresent(c -> c.setNameError(error));
        deployment(id).ifPresent(c -> c.setNameError(error));
    }

    /** Where an option processes data; an empty list: unknown (or the user's premises for owned GPUs). */
    public void setRegions(String id, List<String> codes) {
        List<String> r = codes == null || codes.isEmpty() ? null : List.copyOf(codes);
        Portfolio p = document.portfolio();
        if (p.api(id).isPresent()) {
            command(() -> PortfolioEdits.replaceApi(p, id, a -> new Api(a.id(), a.name(), a.fields(), a.apiModel(), r,
                    a.quality(), a.migration(), a.committed())));
        } else {
            command(() -> PortfolioEdits.replaceDeployment(p, id, d -> new Deployment(d.id(), d.name(), d.fields(), d.mode(),
                    d.amortize(), d.autoscale(), d.reservation(), d.fixedReplicas(), d.operatingPoints(), r, d.quality(),
                    d.refs())));
        }
    }

    public void setMigration(String id, boolean on) {
        apiCommand(id, a -> new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                on ? NEW_MIGRATION : null, a.committed()));
    }

    /**
     * Committed capacity on or off. A new commitment starts at the API's month-1 peak (so the fee
     * covers every token at first) and a fee of zero, for the user to correct; an API that takes a
     * fixed fleet's overflow cannot have one, which is said in words.
     */
    public void setCommitted(String id, boolean on) {
        Committed c = on ? new Committed(100_000, 0) : null;
        apiCommand(id, a -> new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(), a.migration(), c));
    }

    public void setMode(String id, HostingMode mode) {
        Portfolio p = document.portfolio();
        deploymentCommand(id, d -> {
            Fields f = d.fields();
            for (Input i : Deployment.inputs(mode)) {
                if (!f.has(i) && !i.isOptional() && i.section() != com.tcostudio.core.model.Section.OPEN) {
                    f = f.with(i, typical(i, p));
                }
            }
            // the other mode's numbers go: a file of an owned fleet has no hourly price
            for (Input i : Deployment.inputs(mode == HostingMode.OWN ? HostingMode.RENT : HostingMode.OWN)) {
                if (!Deployment.inputs(mode).contains(i)) {
                    f = f.with(i, Double.NaN);
                }
            }
            boolean rent = mode == HostingMode.RENT;
            return new Deployment(d.id(), d.name(), f, mode, d.amortize(), rent && d.autoscale(),
                    rent ? d.reservation() : null, d.fixedReplicas(), d.operatingPoints(), d.regions(), d.quality(), d.refs());
        });
    }

    public void setAmortize(String id, boolean on) {
        deploymentCommand(id, d -> new Deployment(d.id(), d.name(), d.fields(), d.mode(), on, d.autoscale(), d.reservation(),
                d.fixedReplicas(), d.operatingPoints(), d.regions(), d.quality(), d.refs()));
    }

    public void setAutoscale(String id, boolean on) {
        deploymentCommand(id, d -> rebuild(d, d.fields(), d.mode(), on, d.reservation(), d.fixedReplicas(), d.name()));
    }

    /** A reservation on or off; a new one reserves the GPUs of one replica for 12 months at the hourly price. */
    public void setReserved(String id, boolean on) {
        deploymentCommand(id, d -> rebuild(d, d.fields(), d.mode(), d.autoscale(),
                on ? new Reservation(d.getInt(Input.GPUS_PER_REPLICA), 12, d.get(Input.GPU_HOURLY), 0) : null,
                d.fixedReplicas(), d.name()));
    }

    /**
     * Copies a catalogue entry's numbers into an option (converted to the portfolio's currency) and
     * records the entry; numbers the entry does not give stay.
     */
    public void useCatalogueEntry(String id, CatalogueSlot slot, String entryId) {
        Optional<CatalogueLookup.Entry> entry = catalogue.find(slot, entryId);
        if (entry.isEmpty()) {
            message.set("The catalogue has no entry \"" + entryId + "\"");
            return;
        }
        Portfolio p = document.portfolio();
        double perUsd = p.currency().perUsd();
        UnaryOperator<Fields> fill = f -> {
            Fields out = f;
            for (Map.Entry<Input, Double> v : entry.get().values().entrySet()) {
                Input i = v.getKey();
                out = out.with(i, i.unit().isMoney() ? v.getValue() * perUsd : v.getValue());
            }
            return out;
        };
        CatalogueRef ref = new CatalogueRef(entryId, entry.get().asOf());
        if (slot == CatalogueSlot.API_MODEL) {
            apiCommand(id, a -> new Api(a.id(), a.name(), fill.apply(a.fields()), ref, a.regions(), a.quality(),
                    a.migration(), a.committed()));
        } else {
            deploymentCommand(id, d -> {
                Map<CatalogueSlot, CatalogueRef> refs = new EnumMap<>(CatalogueSlot.class);
                refs.putAll(d.refs());
                refs.put(slot, ref);
                Fields f = fill.apply(d.fields());
                Map<Input, Double> values = entry.get().values();
                // a serving profile's throughputs replace the curve only if the deployment had no points
                return new Deployment(d.id(), d.name(), f, d.mode(), d.amortize(), d.autoscale(), d.reservation(),
                        d.fixedReplicas(), values.containsKey(Input.PREFILL_TOKENS_PER_SECOND) ? List.of() : d.operatingPoints(),
                        d.regions(), d.quality(), refs);
            });
        }
    }

    /**
     * Shows, on each deployment's card, the point the plan costs it at and the use case whose latency
     * need chose it (the fastest speed per user asked of it).
     */
    public void showOperatingPoints(PortfolioEvaluation e, String planId) {
        Portfolio p = document.portfolio();
        Optional<PlanResult> plan = e == null || planId == null ? Optional.empty()
                : e.plans().stream().filter(r -> r.planId().equals(planId)).findFirst();
        Optional<Plan> routes = p.plan(planId == null ? "" : planId);
        for (DeploymentCard card : deployments) {
            DeploymentResult d = plan.map(r -> r.deployments().get(card.id())).orElse(null);
            if (d == null || routes.isEmpty()) {
                card.setChosenPoint(null);
                continue;
            }
            String by = "";
            double fastest = -1;
            for (Route r : routes.get().routes()) {
                if (!r.to().equals(card.id())) {
                    continue;
                }
                Workload w = p.workload(r.workload()).orElse(null);
                if (w != null && w.latency().hasMinOutputTokensPerSecondPerUser()
                        && w.latency().minOutputTokensPerSecondPerUser() > fastest) {
                    fastest = w.latency().minOutputTokensPerSecondPerUser();
                    by = w.name();
                }
            }
            card.setChosenPoint(new ChosenPoint(plan.get().name(), d.operatingPoint().outputTokensPerSecondPerUser(),
                    d.operatingPoint().prefillTokensPerSecond(), d.operatingPoint().decodeTokensPerSecond(), by));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Deployment rebuild(Deployment d, Fields f, HostingMode mode, boolean autoscale, Reservation r,
                                      Integer fixedReplicas, String name) {
        return new Deployment(d.id(), name, f, mode, d.amortize(), autoscale, r, fixedReplicas, d.operatingPoints(),
                d.regions(), d.quality(), d.refs());
    }

    private static Fields zeros(java.util.Set<Input> inputs) {
        Fields f = Fields.empty();
        for (Input i : inputs) {
            if (!i.isOptional()) {
                f = f.with(i, i.rule().clip(0));
            }
        }
        return f;
    }

    private static double typical(Input i, Portfolio p) {
        double v = TypicalValues.fillMissing(Scenario.builder(), p.currency().perUsd()).get(i);
        return Double.isNaN(v) ? i.rule().clip(0) : v;
    }

    private void apiCommand(String id, UnaryOperator<Api> change) {
        command(() -> PortfolioEdits.replaceApi(document.portfolio(), id, change));
    }

    private void deploymentCommand(String id, UnaryOperator<Deployment> change) {
        command(() -> PortfolioEdits.replaceDeployment(document.portfolio(), id, change));
    }

    private void command(Supplier<Portfolio> change) {
        message.set(document.edit(change, null).orElse(""));
    }

    private void refresh(Portfolio p) {
        showing = true;
        try {
            String cur = p.currency().code();
            List<ApiCard> as = new ArrayList<>();
            for (Api a : p.apis()) {
                ApiCard card = api(a.id()).orElseGet(() -> newApiCard(a.id(), cur));
                card.show(a);
                as.add(card);
            }
            if (!as.equals(apis)) {
                apis.setAll(as);
            }
            List<DeploymentCard> ds = new ArrayList<>();
            for (Deployment d : p.deployments()) {
                DeploymentCard card = deployment(d.id()).orElseGet(() -> newDeploymentCard(d.id(), cur));
                card.show(d);
                ds.add(card);
            }
            if (!ds.equals(deployments)) {
                deployments.setAll(ds);
            }
        } finally {
            showing = false;
        }
    }

    private ApiCard newApiCard(String id, String cur) {
        ApiCard card = new ApiCard(id, cur);
        for (PartField f : card.all()) {
            f.textProperty().addListener((o, was, is) -> typedApi(card, f));
        }
        return card;
    }

    private DeploymentCard newDeploymentCard(String id, String cur) {
        DeploymentCard card = new DeploymentCard(id, cur);
        for (PartField f : card.all()) {
            f.textProperty().addListener((o, was, is) -> typedDeployment(card, f));
        }
        return card;
    }

    private void typedApi(ApiCard card, PartField f) {
        if (showing) {
            return;
        }
        OptionalDouble v = f.parse();
        if (v.isEmpty()) {
            return;
        }
        double x = v.getAsDouble();
        document.edit(() -> PortfolioEdits.replaceApi(document.portfolio(), card.id(), a -> apiWith(a, f.key(), x)),
                card.id() + "/" + f.key()).ifPresent(f::setError);
    }

    private void typedDeployment(DeploymentCard card, PartField f) {
        if (showing) {
            return;
        }
        OptionalDouble v = f.parse();
        if (v.isEmpty()) {
            return;
        }
        double x = v.getAsDouble();
        document.edit(() -> {
            Portfolio p = document.portfolio();
            Deployment changed = deploymentWith(p.deployment(card.id()).orElseThrow(), f.key(), x);
            return f.key().equals(DeploymentCard.FIXED_REPLICAS) ? PortfolioEdits.withFleet(p, changed)
                    : PortfolioEdits.replaceDeployment(p, card.id(), d -> changed);
        }, card.id() + "/" + f.key()).ifPresent(f::setError);
    }

    private static Api apiWith(Api a, String key, double v) {
        Migration m = a.migration();
        Committed c = a.committed();
        switch (key) {
            case ApiCard.QUALITY:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), v, m, c);
            case ApiCard.MIGRATION_EVERY:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                        new Migration((int) v, m.personMonths(), m.oneTimeCost()), c);
            case ApiCard.MIGRATION_PERSON_MONTHS:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                        new Migration(m.everyMonths(), v, m.oneTimeCost()), c);
            case ApiCard.MIGRATION_COST:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                        new Migration(m.everyMonths(), m.personMonths(), v), c);
            case ApiCard.COMMITTED_TPM:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(), m,
                        new Committed(v, c.feePerMonth()));
            case ApiCard.COMMITTED_FEE:
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(), m,
                        new Committed(c.tokensPerMinute(), v));
            default:
                return a.withFields(a.fields().with(Input.byPath(key).orElseThrow(), v));
        }
    }

    private static Deployment deploymentWith(Deployment d, String key, double v) {
        Reservation r = d.reservation();
        switch (key) {
            case DeploymentCard.QUALITY:
                return new Deployment(d.id(), d.name(), d.fields(), d.mode(), d.amortize(), d.autoscale(), r,
                        d.fixedReplicas(), d.operatingPoints(), d.regions(), v, d.refs());
            case DeploymentCard.FIXED_REPLICAS:
                Integer fixed = Double.isNaN(v) ? null : (int) v;
                Fields f = d.fields();
                if (fixed == null && !f.has(Input.MIN_REPLICAS)) {
                    // a sized fleet needs its minimum again
                    f = f.with(Input.MIN_REPLICAS, 1);
                }
                return rebuild(d, f, d.mode(), fixed == null && d.autoscale(), r, fixed, d.name());
            case DeploymentCard.RES_GPUS:
                return rebuild(d, d.fields(), d.mode(), d.autoscale(), new Reservation((int) v, r.termMonths(),
                        r.gpuHourly(), r.upfrontShare()), d.fixedReplicas(), d.name());
            case DeploymentCard.RES_TERM:
                return rebuild(d, d.fields(), d.mode(), d.autoscale(), new Reservation(r.gpus(), (int) v,
                        r.gpuHourly(), r.upfrontShare()), d.fixedReplicas(), d.name());
            case DeploymentCard.RES_HOURLY:
                return rebuild(d, d.fields(), d.mode(), d.autoscale(), new Reservation(r.gpus(), r.termMonths(), v,
                        r.upfrontShare()), d.fixedReplicas(), d.name());
            case DeploymentCard.RES_UPFRONT:
                return rebuild(d, d.fields(), d.mode(), d.autoscale(), new Reservation(r.gpus(), r.termMonths(),
                        r.gpuHourly(), v), d.fixedReplicas(), d.name());
            default:
                return d.withFields(d.fields().with(Input.byPath(key).orElseThrow(), v));
        }
    }
}
