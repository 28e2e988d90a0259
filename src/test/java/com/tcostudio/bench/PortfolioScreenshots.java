package com.tcostudio.bench;

import com.tcostudio.ui.DesktopApp;
import com.tcostudio.ui.Themes;
import com.tcostudio.ui.UserSettings;
import com.tcostudio.ui.portfolio.PortfolioWindow;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;

/**
 * Screenshots of the portfolio screens for looking at them (not a test): under Xvfb with a screen of
 * the size wanted, it shows each tab in the light and the dark theme and has ImageMagick's
 * {@code import} take the screen:
 * <pre>xvfb-run -a -s "-screen 0 1366x768x24" java -Dshots.dir=target/shots -Dshots.size=1366x768 \
 *     -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.PortfolioScreenshots</pre>
 * {@code -Dshots.template=N} opens the N-th template (0 by default) instead of the default.
 */
public final class PortfolioScreenshots {
    private PortfolioScreenshots() {
    }

    public static void main(String[] args) {
        DesktopApp.preloadThenLaunch(Window.class, args);
    }

    /** The window being photographed. */
    public static final class Window extends Application {
        private static final String[] TABS = {"results", "use-cases", "options", "plans"};
        private final List<Runnable> steps = new ArrayList<>();
        private Stage stage;

        @Override
        public void start(Stage s) {
            stage = s;
            String dir = System.getProperty("shots.dir", "target/shots");
            String size = System.getProperty("shots.size", "1600x1000");
            String[] wh = size.split("x");
            UserSettings settings = new UserSettings(Preferences.userRoot().node("com/tcostudio/tco-studio-shots"));
            settings.saveWindow(Double.parseDouble(wh[0]), Double.parseDouble(wh[1]), false);
            settings.setDarkTheme(false);
            var exec = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                return t;
            });
            PortfolioWindow window = DesktopApp.openPortfolio(stage, settings, exec, exec, exec);
            int template = Integer.getInteger("shots.template", 0);
            if (template > 0) {
                window.newFrom(com.tcostudio.ui.portfolio.Templates.ALL.get(template));
            }
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(wh[0]));
            stage.setHeight(Double.parseDouble(wh[1]));
            for (boolean dark : new boolean[] {false, true}) {
                for (int t = 0; t < TABS.length; t++) {
                    int tab = t;
                    String name = dir + "/portfolio-" + TABS[t] + "-" + size + (dark ? "-dark" : "") + ".png";
                    steps.add(() -> {
                        Themes.apply(stage.getScene(), dark);
                        window.screen().show(tab);
                    });
                    steps.add(() -> {
                        // the frame is presented on a later pulse: request a layout and wait for it
                        stage.getScene().getRoot().requestLayout();
                    });
                    steps.add(() -> shoot(name));
                }
            }
            steps.add(Platform::exit);
            next();
        }

        private void next() {
            if (steps.isEmpty()) {
                return;
            }
            PauseTransition wait = new PauseTransition(Duration.millis(Integer.getInteger("shots.waitMillis", 2500)));
            wait.setOnFinished(e -> {
                Runnable step = steps.remove(0);
                if (steps.isEmpty() || step == null) {
                    step.run();
                    return;
                }
                step.run();
                next();
            });
            wait.play();
        }

        /** Takes the screen off the JavaFX thread, so that the frame keeps being presented meanwhile. */
        private static void shoot(String file) {
            Thread t = new Thread(() -> take(file));
            t.start();
            try {
                // a picture takes well under a second; the next step waits its own pause anyway
                t.join(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void take(String file) {
            try {
                new java.io.File(file).getParentFile().mkdirs();
                Process p = new ProcessBuilder("import", "-window", "root", file).inheritIO().start();
                p.waitFor();
                System.out.println("wrote " + file);
            } catch (IOException e) {
                System.out.println("cannot run import: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
