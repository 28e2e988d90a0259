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
import com.tcostudio.ui.main.MainViewModel;
import com.tcostudio.ui.main.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The desktop application: opens the main window on the built-in default scenario. */
public final class DesktopApp extends Application {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluation");
        t.setDaemon(true);
        return t;
    });
    private UserSettings settings;

    /** Opens the app; returns when its last window closes. */
    public static void open(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        settings = UserSettings.forCurrentUser();
        Path userCatalogue = UserDirectories.catalogue();
        Catalogue catalogue = new CatalogueLoader().load(Files.isDirectory(userCatalogue) ? List.of(userCatalogue) : List.of());
        MainViewModel vm = new MainViewModel(catalogue, () -> defaultScenario(catalogue), background, Platform::runLater);
        MainWindow window = new MainWindow(vm, settings, stage, catalogue, ChartTabs::build, ChartTabs.comparison());
        // a size remembered on a larger screen must not overflow this one
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()));
        Themes.apply(scene, settings.darkTheme());
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        stage.setOnHidden(e -> {
            settings.saveWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            settings.flush();
        });
        stage.show();
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
    }
}
