package com.tcostudio.ui.portfolio;

import com.tcostudio.core.engine.Recommendation;
import com.tcostudio.core.engine.RecommendedPlan;

import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.util.LatestWins;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Recommend action: searches for the cheapest feasible plan off the FX thread, with progress and
 * cancel; an edit while it runs starts it again on the edited portfolio (the newest wins). Its best
 * plan can then be adopted as a new column of the route matrix.
 */
public final class RecommendViewModel {
    /** The name an adopted recommendation gets in the matrix. */
    public static final String ADOPTED_NAME = "Recommended (cheapest feasible)";

    /** The search: the engine's recommender, which stops early when the job is stale. */
    @FunctionalInterface
    public interface Search {
        Recommendation run(Portfolio portfolio, LatestWins.Job job);
    }

    public enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final PortfolioViewModel document;
    private final RouteMatrixViewModel matrix;
    private final Search search;
    private final LatestWins runner;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Recommendation> result = new ReadOnlyObjectWrapper<>(this, "result");

    public RecommendViewModel(PortfolioViewModel document, RouteMatrixViewModel matrix, Search search,
                              Executor background, Executor fxThread) {
        this.document = document;
        this.matrix = matrix;
        this.search = search;
        this.runner = new LatestWins(background, fxThread, progress::set);
        document.portfolioProperty().addListener((o, was, p) -> {
            if (status.get() == Status.RUNNING) {
                start(p);
            } else if (result.get() != null) {
                result.set(null);
                status.set(Status.IDLE);
                message.set("The portfolio changed: run Recommend again for a plan that fits it.");
            }
        });
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The newest finished search; null before one and after an edit. */
    public ReadOnlyObjectProperty<Recommendation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public void run() {
        start(document.portfolio());
    }

    public void cancel() {
        if (status.get() == Status.RUNNING) {
            runner.cancel();
            status.set(Status.CANCELLED);
            message.set("Recommend cancelled.");
        }
    }

    /** Adds the cheapest feasible plan found as a new plan at the end; false when there is none to add. */
    public boolean adopt() {
        Optional<RecommendedPlan> best = Optional.ofNullable(result.get()).flatMap(r -> r.plans().stream().findFirst());
        if (best.isEmpty()) {
            return false;
        }
        int before = document.portfolio().plans().size();
        List<Route> routes = best.get().routes();
        matrix.addPlan(ADOPTED_NAME, routes);
        if (!matrix.messageProperty().get().isEmpty()) {
            message.set(matrix.messageProperty().get());
        }
        return document.portfolio().plans().size() > before;
    }

    private void start(Portfolio p) {
        status.set(Status.RUNNING);
        progress.set(0);
        result.set(null);
        message.set("Trying every way to send each use case wholly to one option...");
        runner.submit(job -> search.run(p, job), this::finished, ex -> {
            status.set(Status.FAILED);
            message.set("Recommend failed: " + ex.getMessage());
        });
    }

    private void finished(Recommendation r) {
        progress.set(1);
        status.set(Status.DONE);
        String cur = document.portfolio().currency().code();
        String tried = "Tried " + Formats.count(r.assignments()) + (r.exhaustive() ? " assignments (all of them)"
                : " assignments (a search, not every one)") + ", " + Formats.count(r.feasible()) + " feasible.";
        if (r.plans().isEmpty()) {
            result.set(r);
            message.set(tried + " None breaks no rule: add an option that meets the use cases' residency, quality "
                    + "and latency needs.");
            return;
        }
        result.set(r);
        message.set(tried + " Cheapest: TCO " + Formats.money(r.plans().get(0).tco(), cur) + ".");
    }
}
