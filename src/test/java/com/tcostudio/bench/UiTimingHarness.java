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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;

/**
 * Measures, in a real window (run under Xvfb), the time from launch to the first drawn chart and
 * from an input change to the redrawn charts. Not a test: it prints figures. Compare variants by
 * alternating runs, not by single ones: on a shared 2-core machine the load moves them by seconds.
 *
 * <p>From the jar as the README starts it (after {@code mvn -B package -DskipTests}, which compiles
 * this class and makes the archive); the shell takes the launch time, as for the package:
 * <pre>xvfb-run -a -s "-screen 0 1600x1000x24" sh -c 'java -XX:SharedArchiveFile=target/tco-studio.jsa \
 *     -XX:TieredStopAtLevel=1 -Dharness.t0=$(date +%s%3N) -cp target/tco-studio.jar:target/test-classes \
 *     com.tcostudio.bench.UiTimingHarness'</pre>
 * Without {@code -Dharness.t0} it counts from the JVM's start.
 *
 * <p>From the Linux app-image ({@code installers/linux/build.sh}): its runtime with the options of
 * its launcher {@code bin/tco-studio}, the jar named by the same absolute path (or the JVM ignores
 * the archive), and the launch time from the shell (the trimmed runtime has no java.management):
 * <pre>img=$(cd target/installers/tco-studio &amp;&amp; pwd -P)
 * xvfb-run -a -s "-screen 0 1600x1000x24" sh -c "$img/lib/runtime/bin/java \
 *     -XX:SharedArchiveFile=$img/lib/app/tco-studio.jsa -XX:TieredStopAtLevel=1 -Dharness.t0=\$(date +%s%3N) \
 *     -cp $img/lib/app/tco-studio.jar:target/test-classes com.tcostudio.bench.UiTimingHarness"</pre>
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
    /** 40 by default; -Dharness.edits=400 shows a longer session (the JIT's later work included). */
    private static final int EDITS = Integer.getInteger("harness.edits", 40);
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService simulation = Executors.newSingleThreadExecutor();
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
        vm = DesktopApp.open(stage, settings, background, simulation, simulation).viewModel();
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
            printCpuTime();
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

    /**
     * CPU time spent until the first drawn chart, where Linux tells it: on a shared machine it varies
     * less than the wall-clock time, so it helps to tell variants apart under load.
     */
    private static void printCpuTime() {
        long process = cpuMillis("/proc/self/stat");
        long fxThread = cpuMillis("/proc/thread-self/stat");
        if (process >= 0 && fxThread >= 0) {
            System.out.printf("CPU time to first drawn chart: process %d ms, JavaFX thread %d ms%n", process, fxThread);
        }
    }

    /** User plus system time of a /proc stat file in ms (assuming 100 clock ticks a second); -1 if unreadable. */
    private static long cpuMillis(String statFile) {
        try {
            String stat = Files.readString(Path.of(statFile));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void nextEdit() {
        if (editMillis.size() == EDITS) {
            List<Double> sorted = new ArrayList<>(editMillis);
            Collections.sort(sorted);
            // the first edits warm the JIT; report them apart
            System.out.printf("input change to redrawn charts over %d edits: median %.1f ms, p90 %.1f ms, max %.1f ms (first edit %.1f ms)%n",
                    EDITS, sorted.get(EDITS / 2), sorted.get(EDITS * 9 / 10), sorted.get(EDITS - 1), editMillis.get(0));
            background.shutdownNow();
            simulation.shutdownNow();
            Platform.exit();
            return;
        }
        evaluated = false;
        editStart = System.nanoTime();
        vm.field(Input.GPU_HOURLY).textProperty().set(String.valueOf(2.0 + editMillis.size() * 0.05));
    }
}
}
