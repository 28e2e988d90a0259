package com.tcostudio.ui.portfolio;

import com.tcostudio.charts.PlanCharts;
import com.tcostudio.charts.PortfolioCharts;
import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Scale;
import com.tcostudio.core.engine.Violation;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.util.LatestWins;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The results of the portfolio being edited: the engine's evaluation of every plan (recomputed off
 * the FX thread after each edit, the newest edit winning), the verdict naming the cheapest feasible
 * plan, a card per plan, the pair of plans whose break-even is shown and the plan whose cost by use
 * case is shown. Every figure is read from the engine's breakdown; nothing here computes a cost.
 */
public final class ResultsViewModel {
    private final Function<Portfolio, PortfolioEvaluation> engine;
    private final LatestWins runner;
    private final ReadOnlyObjectWrapper<PortfolioEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper breakEvenText = new ReadOnlyStringWrapper(this, "breakEvenText", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<PlanCard> cards = FXCollections.observableArrayList();
    /** One read-only view, made once: a view made per call is dropped with the listeners put on it. */
    private final ObservableList<PlanCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ObjectProperty<String> chosenPlan = new SimpleObjectProperty<>(this, "chosenPlan");
    private final ObjectProperty<String> pairA = new SimpleObjectProperty<>(this, "pairA");
    private final ObjectProperty<String> pairB = new SimpleObjectProperty<>(this, "pairB");

    /**
     * @param engine     evaluates every plan of a portfolio (the engine's {@code evaluate})
     * @param background where evaluations run
     * @param fxThread   where their results are shown
     */
    public ResultsViewModel(ReadOnlyObjectProperty<Portfolio> portfolio, Function<Portfolio, PortfolioEvaluation> engine,
                            Executor background, Executor fxThread) {
        this.engine = engine;
        this.runner = new LatestWins(background, fxThread);
        portfolio.addListener((o, was, p) -> evaluate(p));
        chosenPlan.addListener((o, was, is) -> refreshTexts());
        pairA.addListener((o, was, is) -> refreshTexts());
        pairB.addListener((o, was, is) -> refreshTexts());
        evaluate(portfolio.get());
    }

    /** The newest evaluation; stays on the last one while a newer is computed. */
    public ReadOnlyObjectProperty<PortfolioEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The break-even of the pair shown, in words. */
    public ReadOnlyStringProperty breakEvenTextProperty() {
        return breakEvenText.getReadOnlyProperty();
    }

    /** Why the last evaluation failed (a fault of the engine, not of the input); empty normally. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<PlanCard> cards() {
        return cardsView;
    }

    /** The plan whose cost by use case is shown; the cheapest feasible one unless the user picks. */
    public ObjectProperty<String> chosenPlanProperty() {
        return chosenPlan;
    }

    /** The pair whose break-even the charts mark: plan A against plan B. */
    public ObjectProperty<String> pairAProperty() {
        return pairA;
    }

    public ObjectProperty<String> pairBProperty() {
        return pairB;
    }

    /** The chosen plan's result, if the evaluation has it. */
    public Optional<PlanResult> chosen() {
        PortfolioEvaluation e = evaluation.get();
        if (e == null || chosenPlan.get() == null) {
            return Optional.empty();
        }
        return e.plans().stream().filter(p -> p.planId().equals(chosenPlan.get())).findFirst();
    }

    /** The break-even of the pair shown, whichever way round the file lists them. */
    public Optional<PlanBreakEven> pairBreakEven() {
        PortfolioEvaluation e = evaluation.get();
        if (e == null || pairA.get() == null || pairB.get() == null) {
            return Optional.empty();
        }
        return e.breakEven(pairA.get(), pairB.get());
    }

    private void evaluate(Portfolio p) {
        runner.submit(job -> engine.apply(p), this::show, ex -> failure.set("The evaluation failed: " + ex.getMessage()));
    }

    /** Shows an evaluation (also for tests and the timing harness, which evaluate themselves). */
    void show(PortfolioEvaluation e) {
        failure.set("");
        evaluation.set(e);
        List<String> ids = e.plans().stream().map(PlanResult::planId).toList();
        Optional<PlanResult> best = e.cheapestFeasible();
        String defaultChoice = best.map(PlanResult::planId).orElse(ids.get(0));
        if (chosenPlan.get() == null || !ids.contains(chosenPlan.get())) {
            chosenPlan.set(defaultChoice);
        }
        if (pairA.get() == null || pairB.get() == null || !ids.contains(pairA.get()) || !ids.contains(pairB.get())
                || pairA.get().equals(pairB.get())) {
            choosePair(ids, defaultChoice);
        }
        List<PlanCard> list = new ArrayList<>();
        for (PlanResult r : e.plans()) {
            list.add(card(e, r, best.map(b -> b == r).orElse(false)));
        }
        cards.setAll(list);
        refreshTexts();
    }

    /** The cheapest feasible plan against the baseline; when that is the baseline, the next plan against it. */
    private void choosePair(List<String> ids, String best) {
        if (ids.size() < 2) {
            pairA.set(null);
            pairB.set(null);
            return;
        }
        String baseline = ids.get(0);
        pairB.set(baseline);
        pairA.set(best.equals(baseline) ? ids.get(1) : best);
    }

    private void refreshTexts() {
        PortfolioEvaluation e = evaluation.get();
        if (e == null) {
            return;
        }
        verdict.set(verdict(e));
        breakEvenText.set(breakEvenSentence(e, pairA.get(), pairB.get()));
    }

    static String verdict(PortfolioEvaluation e) {
        String cur = e.portfolio().currency().code();
        Optional<PlanResult> best = e.cheapestFeasible();
        if (best.isEmpty()) {
            return "No plan is feasible: each breaks a residency, quality or latency rule (see the reasons under each plan).";
        }
        PlanResult b = best.get();
        StringBuilder sb = new StringBuilder(b.name()).append(" is the cheapest feasible plan over ")
                .append(e.months()).append(" months (TCO ").append(Formats.money(b.tco(), cur)).append(")");
        PlanResult next = null;
        PlanResult cheaperInfeasible = null;
        for (PlanResult r : e.plans()) {
            if (r == b) {
                continue;
            }
            if (r.feasible() && (next == null || r.tco() < next.tco())) {
                next = r;
            }
            if (!r.feasible() && r.tco() < b.tco() && (cheaperInfeasible == null || r.tco() < cheaperInfeasible.tco())) {
                cheaperInfeasible = r;
            }
        }
        if (next != null) {
            sb.append(", ").append(Formats.compactMoney(next.tco() - b.tco(), cur)).append(" less than ").append(next.name());
        }
        sb.append('.');
        if (cheaperInfeasible != null) {
            sb.append(' ').append(cheaperInfeasible.name()).append(" would cost less (")
                    .append(Formats.compactMoney(cheaperInfeasible.tco(), cur)).append(") but breaks ")
                    .append(rules(cheaperInfeasible.violations().size())).append('.');
        }
        return sb.toString();
    }

    private static String rules(int n) {
        return n == 1 ? "a rule" : n + " rules";
    }

    static PlanCard card(PortfolioEvaluation e, PlanResult r, boolean cheapest) {
        String cur = e.portfolio().currency().code();
        List<String> reasons = r.violations().stream().map(Violation::message).toList();
        List<String> warnings = r.warnings().stream().map(Violation::message).toList();
        String badge = r.feasible() ? "" : "Infeasible: " + (reasons.size() == 1 ? "1 rule broken" : reasons.size() + " rules broken");
        return new PlanCard(r.planId(), r.name(), Formats.compactMoney(r.tco(), cur),
                "NPV " + Formats.compactMoney(r.npv(), cur) + " over " + e.months() + " months", cheapest, r.feasible(),
                badge, reasons, warnings, Formats.percent(PlanCharts.staffShare(r)), Formats.percent(PlanCharts.idleShare(r)),
                utilization(r));
    }

    /**
     * The fleet's average utilization: each deployment's monthly utilization weighted by its GPUs
     * that month, over the horizon, so that a large fleet counts for more than a small one.
     */
    static String utilization(PlanResult r) {
        double busy = 0;
        double gpuMonths = 0;
        for (DeploymentResult d : r.deployments().values()) {
            for (int m = 0; m < d.gpus().length; m++) {
                busy += d.utilization()[m] * d.gpus()[m];
                gpuMonths += d.gpus()[m];
            }
        }
        if (gpuMonths == 0) {
            return "no self-hosted GPUs in this plan";
        }
        return "GPUs busy " + Formats.percent(busy / gpuMonths) + " of the hours paid for, on average";
    }

    /**
     * "Hybrid pays off against All on the API in month 14.3 (discounted: month 17.2); it is no dearer
     * from 2.4 times today's volumes."
     */
    static String breakEvenSentence(PortfolioEvaluation e, String a, String b) {
        if (a == null || b == null) {
            return "";
        }
        // the engine lists each pair once, the later plan as A: shown that way whichever was picked first
        Optional<PlanBreakEven> found = e.breakEven(a, b).or(() -> e.breakEven(b, a));
        if (found.isEmpty()) {
            return "";
        }
        PlanBreakEven pbe = found.get();
        String nameA = e.plan(pbe.a()).name();
        String nameB = e.plan(pbe.b()).name();
        BreakEven x = pbe.breakEven();
        StringBuilder sb = new StringBuilder(PortfolioCharts.breakEvenWords(nameA, nameB, x));
        Scale s = pbe.scale();
        if (s != null) {
            if (Double.isNaN(s.first())) {
                sb.append(" At steady volumes it is dearer at every scale up to ")
                        .append(Formats.compact(Scale.MAX_SCALE)).append(" times today's.");
            } else if (s.sustained() == 0) {
                sb.append(" At steady volumes it is no dearer at any scale.");
            } else if (Double.isNaN(s.sustained())) {
                sb.append(s.first() == 0 ? " At steady volumes it is no dearer only at volumes near zero."
                        : " At steady volumes it is no dearer from " + Formats.oneDecimal(s.first())
                        + " times today's volumes, but dearer again at larger ones.");
            } else {
                sb.append(" At steady volumes it is no dearer for good only above ").append(Formats.oneDecimal(s.sustained()))
                        .append(" times today's volumes.");
            }
        }
        return sb.toString();
    }
}
