package com.tcostudio.ui.portfolio;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.Recommender;
import com.tcostudio.core.portfolio.Portfolio;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The portfolio screens in tabs, Use cases, Options, Plans and Results, over one document; builds
 * their ViewModels and keeps the options' chosen operating points on the plan the results show.
 */
public final class PortfolioScreen {
    private final PortfolioViewModel document;
    private final UseCasesViewModel useCases;
    private final OptionsViewModel options;
    private final RouteMatrixViewModel matrix;
    private final RecommendViewModel recommend;
    private final ResultsViewModel results;
    private final TabPane tabs = new TabPane();

    /**
     * @param engine     evaluates a portfolio (the engine's evaluate)
     * @param search     the recommender
     * @param background evaluations run here (one thread: the newest edit wins)
     * @param analysis   the recommender runs here, so that it never delays an edit's evaluation
     */
    public PortfolioScreen(PortfolioViewModel document, Supplier<Catalogue> catalogue,
                           Function<Portfolio, PortfolioEvaluation> engine, RecommendViewModel.Search search,
                           Executor background, Executor analysis, Executor fxThread) {
        this.document = document;
        useCases = new UseCasesViewModel(document);
        options = new OptionsViewModel(document, catalogue.get());
        matrix = new RouteMatrixViewModel(document);
        recommend = new RecommendViewModel(document, matrix, search, analysis, fxThread);
        results = new ResultsViewModel(document.portfolioProperty(), engine, background, fxThread);
        Runnable points = () -> options.showOperatingPoints(results.evaluationProperty().get(),
                results.chosenPlanProperty().get());
        results.evaluationProperty().addListener((o, was, is) -> points.run());
        results.chosenPlanProperty().addListener((o, was, is) -> points.run());
        tabs.setId("portfolio-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab resultsTab = new Tab("Results", new ResultsView(results).node());
        resultsTab.setId("tab-results");
        // the tabs behind the results are built when first shown: their fields, pickers and cards
        // would otherwise cost the launch a second before the first chart
        Tab useCasesTab = lazy("Use cases", "tab-use-cases", () -> new UseCasesView(useCases).node());
        Tab optionsTab = lazy("Options", "tab-options", () -> new OptionsView(options, catalogue).node());
        Tab plansTab = lazy("Plans", "tab-plans", () -> new RouteMatrixView(matrix, recommend, results).node());
        tabs.getTabs().addAll(resultsTab, useCasesTab, optionsTab, plansTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> build(tab));
    }

    public Node node() {
        return tabs;
    }

    private static Tab lazy(String title, String id, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setUserData(content);
        return tab;
    }

    @SuppressWarnings("unchecked")
    private static void build(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof Supplier) {
            tab.setContent(((Supplier<Node>) tab.getUserData()).get());
        }
    }

    /** Builds every tab now: for a robot that looks up any control at once. */
    public void buildAll() {
        tabs.getTabs().forEach(PortfolioScreen::build);
    }

    public PortfolioViewModel document() {
        return document;
    }

    public UseCasesViewModel useCases() {
        return useCases;
    }

    public RouteMatrixViewModel matrix() {
        return matrix;
    }

    public ResultsViewModel results() {
        return results;
    }

    public RecommendViewModel recommend() {
        return recommend;
    }

    public OptionsViewModel options() {
        return options;
    }

    /** Brings a tab to the front: 0 results, 1 use cases, 2 options, 3 plans. */
    public void show(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    /** How many plans Recommend keeps, as the command line's default {@code --top}. */
    static final int TOP = 5;

    /**
     * The Recommend search for the app: the engine's {@link Recommender} (as the command line's
     * {@code recommend}), reporting progress to the job and stopping when it goes stale. Ranges are
     * left out: those on the file's plans name routes the candidates do not have.
     */
    public static RecommendViewModel.Search search() {
        return (p, job) -> Recommender.recommend(p.withUncertainty(Map.of()), TOP, new Recommender.Monitor() {
            @Override
            public void progress(long done, long total) {
                job.progress(total == 0 ? 0 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return job.stale();
            }
        });
    }
}
