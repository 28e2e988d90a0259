package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Domain;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields of a portfolio by their uncertainty paths ({@link Portfolio#realValuedPaths()}):
 * a copy of the portfolio with one of them changed, built and validated as a file's would be.
 * This is the slow, validating way; the Monte Carlo's fast path
 * ({@link com.tcostudio.core.engine.PortfolioWorkspace}) must give the same numbers, which the tests
 * check against it.
 */
public final class PortfolioValues {
    private PortfolioValues() {
    }

    /**
     * The portfolio with the field at {@code path} set to {@code value}.
     *
     * @throws IllegalArgumentException when the path names no real-valued field of the portfolio
     * @throws com.tcostudio.core.model.InvalidScenarioException when the value breaks a rule
     */
    public static Portfolio with(Portfolio p, String path, double value) {
        Domain domain = p.realValuedPaths().get(path);
        if (domain == null) {
            throw new IllegalArgumentException(path + " names no real-valued field of this scenario");
        }
        Input input = domain.input().orElse(null);
        String[] part = path.split("\\.", 3);
        switch (part[0]) {
            case "finance":
                return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance().with(input, value),
                        p.workloads(), p.apis(), p.deployments(), p.plans(), p.uncertainty());
            case "workloads":
                return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(),
                        replace(p.workloads(), w -> w.id().equals(part[1]), w -> w.withFields(w.fields().with(input, value))),
                        p.apis(), p.deployments(), p.plans(), p.uncertainty());
            case "apis":
                return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(),
                        replace(p.apis(), a -> a.id().equals(part[1]), a -> api(a, part[2], input, value)),
                        p.deployments(), p.plans(), p.uncertainty());
            case "deployments":
                return new Portfolio(p.name(), p.horizonMonths(), p.currency(), p.finance(), p.workloads(), p.apis(),
                        replace(p.deployments(), d -> d.id().equals(part[1]), d -> deployment(d, part[2], input, value)),
                        p.plans(), p.uncertainty());
            default: {
                // plans.ID.routes.R.share
                int r = Integer.parseInt(part[2].split("\\.")[1]);
                return p.withPlans(replace(p.plans(), pl -> pl.id().equals(part[1]), pl -> share(pl, r, value)));
            }
        }
    }

    /** The portfolio with every path of {@code values} set. */
    public static Portfolio with(Portfolio p, Map<String, Double> values) {
        Portfolio q = p;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            q = with(q, e.getKey(), e.getValue());
        }
        return q;
    }

    private static Api api(Api a, String field, Input input, double v) {
        switch (field) {
            case "committed.tokensPerMinute":
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(), a.migration(),
                        new Committed(v, a.committed().feePerMonth()));
            case "committed.feePerMonth":
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(), a.migration(),
                        new Committed(a.committed().tokensPerMinute(), v));
            case "migration.personMonths":
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                        new Migration(a.migration().everyMonths(), v, a.migration().oneTimeCost()), a.committed());
            case "migration.oneTimeCost":
                return new Api(a.id(), a.name(), a.fields(), a.apiModel(), a.regions(), a.quality(),
                        new Migration(a.migration().everyMonths(), a.migration().personMonths(), v), a.committed());
            default:
                return a.withFields(a.fields().with(input, v));
        }
    }

    private static Deployment deployment(Deployment d, String field, Input input, double v) {
        Reservation r = d.reservation();
        switch (field) {
            case "hosting.reservation.gpuHourly":
                return withReservation(d, new Reservation(r.gpus(), r.termMonths(), v, r.upfrontShare()));
            case "hosting.reservation.upfrontShare":
                return withReservation(d, new Reservation(r.gpus(), r.termMonths(), r.gpuHourly(), v));
            default:
                return d.withFields(d.fields().with(input, v));
        }
    }

    private static Deployment withReservation(Deployment d, Reservation r) {
        return new Deployment(d.id(), d.name(), d.fields(), d.mode(), d.amortize(), d.autoscale(), r, d.fixedReplicas(),
                d.operatingPoints(), d.regions(), d.quality(), d.refs());
    }

    private static Plan share(Plan plan, int r, double v) {
        List<Route> routes = new ArrayList<>(plan.routes());
        routes.set(r, routes.get(r).withShare(v));
        return plan.withRoutes(routes);
    }

    private static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> which, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (which.test(out.get(i))) {
                out.set(i, change.apply(out.get(i)));
            }
        }
        return out;
    }
}
