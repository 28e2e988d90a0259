package com.tcostudio.ui;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.io.UserDirectories;
import com.tcostudio.io.catalogue.CatalogueLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.scenario.DefaultScenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.ui.charts.ChartTabs;
import com.tcostudio.ui.main.ExportViewModel;
import com.tcostudio.ui.main.MainViewModel;
import com.tcostudio.ui.main.PriceCatalogueViewModel;
import java.time.LocalDate;
import com.tcostudio.ui.main.MainWindow;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.ui.portfolio.PortfolioFiles;
import com.tcostudio.ui.portfolio.PortfolioScreen;
import com.tcostudio.ui.portfolio.PortfolioViewModel;
import com.tcostudio.ui.portfolio.PortfolioWindow;
import com.tcostudio.ui.portfolio.Templates;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.uncertainty.WhatIfViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Setup;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.fx.ChartViewer;

/** The desktop application: opens the main window on the built-in default scenario. */
public final class DesktopApp extends Application {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluation");
        t.setDaemon(true);
        return t;
    });
    /** The Monte Carlo and the what-if sweep run here, so that they never delay the evaluation of an edit. */
    private final ExecutorService simulation = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });
    /** Exports, imports and catalogue reloads run here, so that they delay neither edits nor the Monte Carlo. */
    private final ExecutorService tasks = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tasks");
        t.setDaemon(true);
        return t;
    });
    private UserSettings settings;

    /**
     * Loading the catalogue (schema validation) and the chart classes takes about 0.7 s; started
     * here, it overlaps with the JavaFX toolkit's own start-up. Start-up plumbing only, never UI state.
     */
    private static volatile CompletableFuture<Catalogue> preload;

    /**
     * System property set by the build's training run, which lists the classes a launch loads for
     * the class-data sharing archive (pom.xml): when true, the app quits after drawing its first
     * chart and touches no user setting.
     */
    public static final String TRAINING_RUN = "tcostudio.trainingRun";

    /** Opens the app; returns when its last window closes. */
    public static void open(String[] args) {
        preloadThenLaunch(DesktopApp.class, args);
    }

    /** Starts the preload, then the JavaFX application (the app, or the timing harness's window). */
    public static void preloadThenLaunch(Class<? extends Application> app, String[] args) {
        preload = CompletableFuture.supplyAsync(() -> {
            Catalogue c = loadCatalogue();
            warmUpCharts(c);
            return c;
        });
        Application.launch(app, args);
    }

    static Catalogue loadCatalogue() {
        Path userCatalogue = UserDirectories.catalogue();
        return new CatalogueLoader().load(Files.isDirectory(userCatalogue) ? List.of(userCatalogue) : List.of());
    }

    /** Builds (and throws away) the charts of the default scenario, so their classes are loaded. */
    private static void warmUpCharts(Catalogue c) {
        Evaluation e = CostEngine.DEFAULT.evaluate(defaultScenario(c));
        TcoCharts.cumulativeCost(e);
        TcoCharts.breakdown(e, Setup.OPEN);
        // the portfolio screens open on the first template: its reader, engine and chart classes too
        com.tcostudio.core.engine.PortfolioEvaluation pe = PortfolioEngine.DEFAULT.evaluate(
                new PortfolioFiles(c).template(Templates.builtInDefault()));
        com.tcostudio.charts.PortfolioCharts.cumulative(pe, pe.plans().get(0).planId(), pe.plans().get(0).planId());
    }

    @Override
    public void start(Stage stage) {
        settings = UserSettings.forCurrentUser();
        PortfolioWindow window = openPortfolio(stage, settings, background, simulation, tasks);
        if (Boolean.getBoolean(TRAINING_RUN)) {
            // a build machine runs this: leave the user's settings and files alone
            quitAfterFirstChart(stage.getScene());
            return;
        }
        // a scenario file given on the command line (the desktop's file association)
        getParameters().getRaw().stream().findFirst().ifPresent(f -> window.openFile(Path.of(f)));
        stage.setOnHidden(e -> {
            settings.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            settings.flush();
        });
    }

    /**
     * Quits once a chart has been laid out and the frame that shows it rendered, so that the run has
     * loaded the classes of a whole launch; gives up with exit status 3 after a minute, so that a
     * build never hangs on it.
     */
    private static void quitAfterFirstChart(Scene scene) {
        CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES).execute(() -> System.exit(3));
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (scene.getRoot().lookupAll(".chart-viewer").stream()
                    .anyMatch(n -> n instanceof ChartViewer && ((ChartViewer) n).getWidth() > 0)) {
                scene.removePostLayoutPulseListener(check[0]);
                // this pulse renders its frame after the listener returns
                Platform.runLater(() -> Platform.runLater(Platform::exit));
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /**
     * Builds and shows the main window on the portfolio screens, on the built-in default template; the
     * single-workload (version 1) editor opens from its View menu in a window of its own.
     */
    public static PortfolioWindow openPortfolio(Stage stage, UserSettings settings, Executor background, Executor simulation,
                                                Executor tasks) {
        Catalogue catalogue = preload != null ? preload.join() : loadCatalogue();
        PortfolioFiles files = new PortfolioFiles(catalogue);
        PortfolioViewModel document = new PortfolioViewModel(files.template(Templates.builtInDefault()), files::read,
                files::write);
        PortfolioScreen screen = new PortfolioScreen(document, () -> catalogue, PortfolioEngine.DEFAULT::evaluate,
                PortfolioScreen.search(), background, simulation, Platform::runLater);
        PortfolioWindow window = new PortfolioWindow(screen, files, settings, stage,
                () -> open(new Stage(), settings, background, simulation, tasks));
        Rectangle2D screenBounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(settings.windowWidth(), screenBounds.getWidth()),
                Math.min(settings.windowHeight(), screenBounds.getHeight()));
        Themes.apply(scene, settings.darkTheme());
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.show();
        return window;
    }

    /** Builds and shows the single-workload (version 1) window on the default scenario; shared with the timing harness. */
    public static MainWindow open(Stage stage, UserSettings settings, Executor background, Executor simulation,
                                  Executor tasks) {
        Catalogue catalogue = preload != null ? preload.join() : loadCatalogue();
        MainViewModel vm = new MainViewModel(catalogue, () -> defaultScenario(catalogue), background, Platform::runLater);
        UncertaintyViewModel uncertainty = new UncertaintyViewModel(vm.scenarioProperty(), UncertaintyViewModel::monteCarlo,
                simulation, Platform::runLater);
        WhatIfViewModel whatIf = new WhatIfViewModel(vm.scenarioProperty(), simulation, Platform::runLater);
        PriceCatalogueViewModel prices = new PriceCatalogueViewModel(catalogue, UserDirectories.catalogue(), tasks,
                Platform::runLater);
        // after an import or a reload, override markers and later reads use the new prices
        prices.catalogueProperty().addListener((o, old, now) -> vm.setCatalogue(now));
        ExportViewModel exports = new ExportViewModel(vm, uncertainty, prices, LocalDate::now, tasks, Platform::runLater);
        MainWindow window = new MainWindow(new MainWindow.Models(vm, uncertainty, whatIf, prices, exports), settings, stage,
                new ChartTabs(), ChartTabs.comparison());
        // a size remembered on a larger screen must not overflow this one
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        Themes.apply(scene, settings.darkTheme());
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.show();
        return window;
    }

    static Scenario defaultScenario(CatalogueLookup catalogue) {
        try {
            return DefaultScenario.read(new ScenarioReader(catalogue));
        } catch (ScenarioFileException e) {
            // shipped with the app and tested in the build: failing here is a packaging error
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
        simulation.shutdownNow();
        tasks.shutdownNow();
    }
}
