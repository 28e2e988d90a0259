package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import com.tcostudio.ui.main.NumberText;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * The route matrix: use cases down, plans across; each cell says where the plan sends the use case
 * (target, share, and for a fixed fleet the API taking its overflow). Plans can be added, copied,
 * renamed, moved and removed. A change that would leave a use case's shares not adding up to 1 is
 * refused in words in the cell, and the plan keeps its routes.
 */
public final class RouteMatrixViewModel {
    /** A plan as a column header. */
    public record Column(String id, String name) {
    }

    /** A use case as a row header. */
    public record Row(String id, String name) {
    }

    private final PortfolioViewModel document;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    /** One read-only view, made once: a view made per call is dropped with the listeners put on it. */
    private final ObservableList<Column> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<TargetChoice> targets = FXCollections.observableArrayList();
    private final ObservableList<TargetChoice> targetsView = FXCollections.unmodifiableObservableList(targets);
    private final ObservableList<TargetChoice> overflowTargets = FXCollections.observableArrayList();
    private final ObservableList<TargetChoice> overflowTargetsView = FXCollections.unmodifiableObservableList(overflowTargets);
    private final Map<String, RouteCell> cells = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public RouteMatrixViewModel(PortfolioViewModel document) {
        this.document = document;
        document.portfolioProperty().addListener((o, was, p) -> refresh(p));
        refresh(document.portfolio());
    }

    public ObservableList<Column> columns() {
        return columnsView;
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** Every option a route can name, APIs first. */
    public ObservableList<TargetChoice> targets() {
        return targetsView;
    }

    /** The APIs that can take a fixed fleet's overflow (those without committed capacity). */
    public ObservableList<TargetChoice> overflowTargets() {
        return overflowTargetsView;
    }

    public RouteCell cell(String planId, String workloadId) {
        return cells.computeIfAbsent(key(planId, workloadId), k -> new RouteCell(planId, workloadId));
    }

    /** Why the last plan command (add, remove...) was refused; empty after one that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- cells -------------------------------------------------------------------------------

    /** Sends route {@code k} of the cell to another target; a fixed fleet gets an API for its overflow. */
    public void setTarget(String planId, String workloadId, int k, String targetId) {
        Portfolio p = document.portfolio();
        RouteCell cell = cell(planId, workloadId);
        RouteEntry e = cell.routes().get(k);
        boolean fixed = p.deployment(targetId).map(Deployment::isFixed).orElse(false);
        String overflow = !fixed ? null : e.overflow() != null ? e.overflow()
                : overflowTargets.isEmpty() ? null : overflowTargets.get(0).id();
        if (fixed && overflow == null) {
            cell.setError("A fixed fleet needs an API without committed capacity for its overflow: add one first");
            return;
        }
        replaceRoute(cell, e.routeIndex(), r -> new Route(r.workload(), targetId, r.share(), overflow));
    }

    public void setOverflow(String planId, String workloadId, int k, String apiId) {
        RouteCell cell = cell(planId, workloadId);
        replaceRoute(cell, cell.routes().get(k).routeIndex(), r -> new Route(r.workload(), r.to(), r.share(), apiId));
    }

    /**
     * Sets the share of route {@code k}: a number from 0 to 1, or empty for "the rest". Refused in
     * the cell when the use case's shares would not add up to 1.
     */
    public void setShare(String planId, String workloadId, int k, String text) {
        RouteCell cell = cell(planId, workloadId);
        OptionalDouble parsed = NumberText.parse(text);
        double share = parsed.isEmpty() ? Double.NaN : parsed.getAsDouble();
        if (parsed.isPresent() && !(share >= 0 && share <= 1)) {
            cell.setError("Share must be a number from 0 to 1, such as 0.6 (was \"" + text.strip() + "\")");
            return;
        }
        replaceRoute(cell, cell.routes().get(k).routeIndex(), r -> new Route(r.workload(), r.to(), share, r.overflow()));
    }

    /**
     * Splits a use case in a plan: a second route to another option, with half of what the first
     * carried; the first then takes the rest.
     */
    public void split(String planId, String workloadId) {
        Portfolio p = document.portfolio();
        Plan plan = p.plan(planId).orElseThrow();
        RouteCell cell = cell(planId, workloadId);
        RouteEntry first = cell.routes().get(0);
        Optional<TargetChoice> other = targets.stream().filter(t -> !t.id().equals(first.to())
                && (t.kind() != TargetChoice.Kind.FIXED || !overflowTargets.isEmpty())).findFirst();
        if (other.isEmpty()) {
            cell.setError("There is no other option to split to: add an API or a deployment first");
            return;
        }
        List<Route> routes = new ArrayList<>(plan.routes());
        Route r0 = routes.get(first.routeIndex());
        boolean single = cell.routes().size() == 1;
        double newShare = single ? 0.5 * (r0.hasShare() ? r0.share() : 1) : 0;
        if (single) {
            routes.set(first.routeIndex(), new Route(r0.workload(), r0.to(), Double.NaN, r0.overflow()));
        }
        String overflow = other.get().kind() == TargetChoice.Kind.FIXED ? overflowTargets.get(0).id() : null;
        routes.add(new Route(workloadId, other.get().id(), newShare, overflow));
        int[] same = identity(plan.routes().size());
        commitCell(cell, () -> PortfolioEdits.withPlanRoutes(p, planId, routes, same));
    }

    /** Removes route {@code k} of a split cell; if no route is left taking the rest, the first one does. */
    public void removeRoute(String planId, String workloadId, int k) {
        Portfolio p = document.portfolio();
        Plan plan = p.plan(planId).orElseThrow();
        RouteCell cell = cell(planId, workloadId);
        if (cell.routes().size() < 2) {
            cell.setError("A use case needs a route in every plan: pick another target instead");
            return;
        }
        int gone = cell.routes().get(k).routeIndex();
        List<Route> routes = new ArrayList<>();
        int[] newIndex = new int[plan.routes().size()];
        for (int r = 0; r < plan.routes().size(); r++) {
            newIndex[r] = r == gone ? -1 : routes.size();
            if (r != gone) {
                routes.add(plan.routes().get(r));
            }
        }
        boolean restLeft = routes.stream().anyMatch(r -> r.workload().equals(workloadId) && !r.hasShare());
        if (!restLeft) {
            for (int r = 0; r < routes.size(); r++) {
                if (routes.get(r).workload().equals(workloadId)) {
                    routes.set(r, routes.get(r).withShare(Double.NaN));
                    break;
                }
            }
        }
        commitCell(cell, () -> PortfolioEdits.withPlanRoutes(p, planId, routes, newIndex));
    }

    private void replaceRoute(RouteCell cell, int routeIndex, java.util.function.UnaryOperator<Route> change) {
        Portfolio p = document.portfolio();
        Plan plan = p.plan(cell.planId()).orElseThrow();
        List<Route> routes = new ArrayList<>(plan.routes());
        routes.set(routeIndex, change.apply(routes.get(routeIndex)));
        Optional<String> sum = shareProblem(p, plan, cell.workloadId(), routes);
        if (sum.isPresent()) {
            cell.setError(sum.get());
            return;
        }
        commitCell(cell, () -> PortfolioEdits.withPlanRoutes(p, plan.id(), routes, identity(routes.size())));
    }

    private void commitCell(RouteCell cell, Supplier<Portfolio> change) {
        Optional<String> refused = document.edit(() -> dropRangesOnRest(change.get()), null);
        cell.setError(refused.orElse(""));
    }

    /**
     * The shares rule in the user's words: "Shares of Support chat in plan Hybrid add up to 0.9; they
     * must add up to 1 (leave one empty to give it the rest)".
     */
    static Optional<String> shareProblem(Portfolio p, Plan plan, String workloadId, List<Route> routes) {
        double sum = 0;
        int rest = 0;
        for (Route r : routes) {
            if (r.workload().equals(workloadId)) {
                if (r.hasShare()) {
                    sum += r.share();
                } else {
                    rest++;
                }
            }
        }
        String who = "Shares of " + p.workload(workloadId).map(Workload::name).orElse(workloadId) + " in plan \""
                + plan.name() + "\"";
        if (rest > 1) {
            return Optional.of(who + " leave out more than one share: only one route can take the rest");
        }
        if (rest == 0 && Math.abs(sum - 1) > Portfolio.SHARE_SUM_TOLERANCE) {
            return Optional.of(who + " add up to " + NumberText.format(round(sum)) + "; they must add up to 1"
                    + " (leave one empty to give it the rest)");
        }
        if (rest == 1 && sum > 1 + Portfolio.SHARE_SUM_TOLERANCE) {
            return Optional.of(who + " add up to " + NumberText.format(round(sum))
                    + " before the route that takes the rest; they must add up to 1");
        }
        return Optional.empty();
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    /** A range on a route's share cannot stay once the route takes the rest (it has no share of its own). */
    private static Portfolio dropRangesOnRest(Portfolio p) {
        Map<String, Distribution> ranges = new LinkedHashMap<>(p.uncertainty());
        boolean changed = ranges.keySet().removeIf(k -> !p.realValuedPaths().containsKey(k));
        return changed ? p.withUncertainty(ranges) : p;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    // ---- plans -------------------------------------------------------------------------------

    /** A new plan at the end that sends every use case wholly to the first option. */
    public void addPlan() {
        Portfolio p = document.portfolio();
        String name = "Plan " + (p.plans().size() + 1);
        TargetChoice first = targets.stream().filter(t -> t.kind() != TargetChoice.Kind.FIXED).findFirst()
                .orElse(targets.get(0));
        String overflow = first.kind() == TargetChoice.Kind.FIXED && !overflowTargets.isEmpty() ? overflowTargets.get(0).id() : null;
        List<Route> routes = new ArrayList<>();
        for (Workload w : p.workloads()) {
            routes.add(new Route(w.id(), first.id(), 1.0, overflow));
        }
        addPlan(name, routes);
    }

    /** Adds a plan with these routes at the end (a recommendation adopted); refused past the limit. */
    public void addPlan(String name, List<Route> routes) {
        Portfolio p = document.portfolio();
        if (p.plans().size() >= Portfolio.MAX_PLANS) {
            message.set("A portfolio compares at most " + Portfolio.MAX_PLANS + " plans: remove one first");
            return;
        }
        command(() -> {
            List<Plan> plans = new ArrayList<>(p.plans());
            plans.add(new Plan(PortfolioEdits.freshId(name, PortfolioEdits.planIds(p)), name, routes));
            return PortfolioEdits.withPlans(p, plans, p.uncertainty());
        });
    }

    /** A copy of a plan right after it, ranges on its shares included. */
    public void copyPlan(String planId) {
        Portfolio p = document.portfolio();
        if (p.plans().size() >= Portfolio.MAX_PLANS) {
            message.set("A portfolio compares at most " + Portfolio.MAX_PLANS + " plans: remove one first");
            return;
        }
        Plan plan = p.plan(planId).orElseThrow();
        String name = plan.name() + " (copy)";
        String id = PortfolioEdits.freshId(name, PortfolioEdits.planIds(p));
        command(() -> {
            List<Plan> plans = new ArrayList<>(p.plans());
            plans.add(p.planIndex(planId) + 1, new Plan(id, name, plan.routes()));
            return PortfolioEdits.withPlans(p, plans, PortfolioEdits.copyPlanRanges(p.uncertainty(), planId, id));
        });
    }

    public void renamePlan(String planId, String name) {
        Portfolio p = document.portfolio();
        command(() -> {
            List<Plan> plans = new ArrayList<>(p.plans());
            plans.replaceAll(pl -> pl.id().equals(planId) ? new Plan(pl.id(), name == null ? "" : name.strip(), pl.routes()) : pl);
            return PortfolioEdits.withPlans(p, plans, p.uncertainty());
        }, "Plan name ");
    }

    /** Moves a plan left (-1) or right (+1); the first plan is the baseline the others are compared with. */
    public void movePlan(String planId, int by) {
        Portfolio p = document.portfolio();
        int i = p.planIndex(planId);
        int j = i + by;
        if (j < 0 || j >= p.plans().size()) {
            return;
        }
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.add(j, plans.remove(i));
        command(() -> PortfolioEdits.withPlans(p, plans, p.uncertainty()));
    }

    public void removePlan(String planId) {
        Portfolio p = document.portfolio();
        Plan plan = p.plan(planId).orElseThrow();
        if (p.plans().size() == 1) {
            message.set("\"" + plan.name() + "\" is the only plan: a portfolio needs at least one");
            return;
        }
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.remove(plan);
        command(() -> PortfolioEdits.withPlans(p, plans, PortfolioEdits.withoutPlan(p.uncertainty(), planId)));
    }

    private void command(Supplier<Portfolio> change) {
        command(change, "");
    }

    private void command(Supplier<Portfolio> change, String subject) {
        message.set(document.edit(change, null).map(r -> subject + r).orElse(""));
    }

    // ---- refresh -----------------------------------------------------------------------------

    private void refresh(Portfolio p) {
        List<Column> cs = new ArrayList<>();
        p.plans().forEach(pl -> cs.add(new Column(pl.id(), pl.name())));
        if (!columns.equals(cs)) {
            columns.setAll(cs);
        }
        List<Row> rs = new ArrayList<>();
        p.workloads().forEach(w -> rs.add(new Row(w.id(), w.name())));
        if (!rows.equals(rs)) {
            rows.setAll(rs);
        }
        List<TargetChoice> ts = new ArrayList<>();
        List<TargetChoice> over = new ArrayList<>();
        for (Api a : p.apis()) {
            TargetChoice t = new TargetChoice(a.id(), a.name(), TargetChoice.Kind.API);
            ts.add(t);
            if (a.committed() == null) {
                over.add(t);
            }
        }
        for (Deployment d : p.deployments()) {
            ts.add(new TargetChoice(d.id(), d.name(), d.isFixed() ? TargetChoice.Kind.FIXED : TargetChoice.Kind.SIZED));
        }
        if (!targets.equals(ts)) {
            targets.setAll(ts);
        }
        if (!overflowTargets.equals(over)) {
            overflowTargets.setAll(over);
        }
        for (Plan plan : p.plans()) {
            Map<String, List<RouteEntry>> byWorkload = new LinkedHashMap<>();
            for (int r = 0; r < plan.routes().size(); r++) {
                Route route = plan.routes().get(r);
                boolean fixed = p.deployment(route.to()).map(Deployment::isFixed).orElse(false);
                byWorkload.computeIfAbsent(route.workload(), k -> new ArrayList<>()).add(new RouteEntry(r, route.to(),
                        route.hasShare() ? NumberText.format(route.share()) : "", route.overflow(), fixed));
            }
            for (Workload w : p.workloads()) {
                RouteCell cell = cell(plan.id(), w.id());
                cell.show(byWorkload.getOrDefault(w.id(), List.of()));
            }
        }
        cells.keySet().removeIf(k -> {
            String[] parts = k.split("/", 2);
            return p.plan(parts[0]).isEmpty() || p.workload(parts[1]).isEmpty();
        });
    }

    private static String key(String planId, String workloadId) {
        return planId + "/" + workloadId;
    }
}
