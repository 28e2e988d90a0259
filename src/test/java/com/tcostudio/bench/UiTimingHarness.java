package com.tcostudio.bench;

import com.tcostudio.core.model.Input;
import com.tcostudio.ui.DesktopApp;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.main.MainViewModel;
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
 * Measures, in a real window (run under Xvfb), the time from JVM start to the first drawn chart and
 * from an input change to the redrawn charts. Not a test: it prints figures.
 *
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/tco-studio.jar:target/test-classes \
 *     com.tcostudio.bench.UiTimingHarness</pre>
 *
 * <p>For the packaged app, point a copy of the app-image's {@code lib/app/tco-studio.cfg} at this
 * class and the test classes, and pass the launch time: {@code java-options=-Dharness.t0=...}.
 */
public final class UiTimingHarness {
    private UiTimingHarness() {
    }

    /** Launched from a class that is not an Application, or JavaFX refuses to start from the classpath. */
    public static void main(String[] args) {
        DesktopApp.preloadThenLaunch(Window.class, args);
    }

    /** The instrumented window. */
    public static final class Window extends Application {
    private static final int EDITS = 40;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<Double> editMillis = new ArrayList<>();
    private MainViewModel vm;
    private Scene scene;
    private long editStart;
    private boolean waitingForChart = true;
    private boolean evaluated;

    @Override
    public void start(Stage stage) {
        long entered = System.currentTimeMillis() - launchedAt();
        UserSettings settings = new UserSettings(Preferences.userRoot().node("com/tcostudio/tco-studio-timing"));
        vm = DesktopApp.open(stage, settings, background, background).viewModel();
        System.out.printf("JVM start to JavaFX start(): %d ms; window built and shown: %d ms%n", entered,
                System.currentTimeMillis() - launchedAt());
        scene = stage.getScene();
        vm.evaluationProperty().addListener((o, a, b) -> evaluated = true);
        scene.addPostLayoutPulseListener(this::pulse);
    }

    private void pulse() {
        boolean chartDrawn = scene.getRoot().lookupAll(".chart-viewer").stream()
                .anyMatch(n -> n instanceof ChartViewer && ((ChartViewer) n).getWidth() > 0);
        if (!chartDrawn) {
            return;
        }
        if (waitingForChart) {
            waitingForChart = false;
            long sinceStart = System.currentTimeMillis() - launchedAt();
            System.out.printf("launch to first drawn chart: %d ms%n", sinceStart);
            Platform.runLater(this::nextEdit);
            return;
        }
        if (evaluated && editStart != 0) {
            editMillis.add((System.nanoTime() - editStart) / 1e6);
            editStart = 0;
            Platform.runLater(this::nextEdit);
        }
    }

    /**
     * When the launch began: {@code -Dharness.t0=EPOCH_MS} set by the shell just before starting a
     * packaged launcher (whose trimmed runtime has no java.management), else the JVM's start time.
     */
    private static long launchedAt() {
        String t0 = System.getProperty("harness.t0");
        return t0 != null ? Long.parseLong(t0) : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private void nextEdit() {
        if (editMillis.size() == EDITS) {
            List<Double> sorted = new ArrayList<>(editMillis);
            Collections.sort(sorted);
            // the first edits warm the JIT; report them apart
            System.out.printf("input change to redrawn charts over %d edits: median %.1f ms, p90 %.1f ms, max %.1f ms (first edit %.1f ms)%n",
                    EDITS, sorted.get(EDITS / 2), sorted.get(EDITS * 9 / 10), sorted.get(EDITS - 1), editMillis.get(0));
            background.shutdownNow();
            Platform.exit();
            return;
        }
        evaluated = false;
        editStart = System.nanoTime();
        vm.field(Input.GPU_HOURLY).textProperty().set(String.valueOf(2.0 + editMillis.size() * 0.05));
    }
}
}
