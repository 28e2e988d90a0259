package com.tcostudio.bench;

import com.tcostudio.core.model.Input;
import com.tcostudio.ui.DesktopApp;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.portfolio.PortfolioScreen;
import com.tcostudio.ui.portfolio.UseCaseRow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;

/**
 * {@link UiTimingHarness} for the portfolio screens: in a real window (under Xvfb) the time from
 * launch to the first drawn chart on the default template, and from typing a use case's volume to
 * the redrawn results (cards, verdict and the chart in front). Not a test: it prints figures.
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" sh -c 'java -XX:SharedArchiveFile=target/tco-studio.jsa \
 *     -XX:TieredStopAtLevel=1 -Dharness.t0=$(date +%s%3N) -cp target/tco-studio.jar:target/test-classes \
 *     com.tcostudio.bench.PortfolioUiTimingHarness'</pre>
 */
public final class PortfolioUiTimingHarness {
    private PortfolioUiTimingHarness() {
    }

    public static void main(String[] args) {
        DesktopApp.preloadThenLaunch(Window.class, args);
    }

    /** The instrumented window. */
    public static final class Window extends Application {
        private static final int EDITS = Integer.getInteger("harness.edits", 40);
        private final ExecutorService background = Executors.newSingleThreadExecutor();
        private final ExecutorService simulation = Executors.newSingleThreadExecutor();
        private final List<Double> editMillis = new ArrayList<>();
        private PortfolioScreen screen;
        private Scene scene;
        private long editStart;
        private boolean waitingForChart = true;
        private boolean evaluated;

        @Override
        public void start(Stage stage) {
            UserSettings settings = new UserSettings(Preferences.userRoot().node("com/tcostudio/tco-studio-timing"));
            screen = DesktopApp.openPortfolio(stage, settings, background, simulation, simulation).screen();
            System.out.printf("window built and shown: %d ms after launch%n", System.currentTimeMillis() - launchedAt());
            scene = stage.getScene();
            screen.results().evaluationProperty().addListener((o, a, b) -> evaluated = true);
            scene.addPostLayoutPulseListener(this::pulse);
        }

        private void pulse() {
            boolean chartDrawn = scene.getRoot().lookupAll(".chart-viewer").stream()
                    .anyMatch(n -> n instanceof ChartViewer && ((ChartViewer) n).getChart() != null
                            && ((ChartViewer) n).getWidth() > 0);
            if (!chartDrawn) {
                return;
            }
            if (waitingForChart) {
                waitingForChart = false;
                System.out.printf("launch to first drawn chart: %d ms%n", System.currentTimeMillis() - launchedAt());
                Platform.runLater(this::nextEdit);
                return;
            }
            if (evaluated && editStart != 0) {
                editMillis.add((System.nanoTime() - editStart) / 1e6);
                editStart = 0;
                Platform.runLater(this::nextEdit);
            }
        }

        private static long launchedAt() {
            String t0 = System.getProperty("harness.t0");
            return t0 != null ? Long.parseLong(t0) : ManagementFactory.getRuntimeMXBean().getStartTime();
        }

        private void nextEdit() {
            if (editMillis.size() == EDITS) {
                List<Double> sorted = new ArrayList<>(editMillis);
                Collections.sort(sorted);
                System.out.printf("input change to redrawn results over %d edits: median %.1f ms, p90 %.1f ms, max %.1f ms "
                                + "(first edit %.1f ms)%n", EDITS, sorted.get(EDITS / 2), sorted.get(EDITS * 9 / 10),
                        sorted.get(EDITS - 1), editMillis.get(0));
                background.shutdownNow();
                simulation.shutdownNow();
                Platform.exit();
                return;
            }
            evaluated = false;
            editStart = System.nanoTime();
            UseCaseRow chat = screen.useCases().rows().get(0);
            chat.field(Input.INPUT_TOKENS_PER_MONTH).textProperty().set(String.valueOf(4_000_000_000L + editMillis.size() * 50_000_000L));
        }
    }
}
