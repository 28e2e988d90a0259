package com.tcostudio.ui.portfolio;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.ui.Themes;
import com.tcostudio.ui.UserSettings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paths a user takes through the portfolio screens, driven by a robot (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class PortfolioWindowUiTest {
    private static final String PREFS = "com/tcostudio/tco-studio-portfolio-test";
    private PortfolioWindow window;
    private PortfolioViewModel doc;

    @Start
    void start(Stage stage) {
        PortfolioFiles files = new PortfolioFiles(CatalogueLookup.NONE);
        doc = new PortfolioViewModel(files.template(Templates.builtInDefault()), files::read, files::write);
        // evaluations and the recommender run at once on the calling thread: the robot sees their results
        PortfolioScreen screen = new PortfolioScreen(doc, Catalogue::empty, PortfolioEngine.DEFAULT::evaluate,
                PortfolioScreen.search(), Runnable::run, Runnable::run, Runnable::run);
        window = new PortfolioWindow(screen, files, new UserSettings(Preferences.userRoot().node(PREFS)), stage, () -> {
        });
        Scene scene = new Scene(window.root(), 1400, 900);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        screen.buildAll();
    }

    @AfterEach
    void forgetSettings() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private static void click(FxRobot robot, String id) {
        Hyperlink link = robot.lookup(id).queryAs(Hyperlink.class);
        robot.interact(link::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String value) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(value);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cardsText(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("#plan-cards").queryAs(FlowPane.class).lookupAll(".label")) {
            sb.append(((Label) n).getText()).append('|');
        }
        return sb.toString();
    }

    private List<Double> tcos() {
        return window.screen().results().evaluationProperty().get().plans().stream().map(PlanResult::tco).toList();
    }

    @Test
    void buildATwoUseCaseTwoPlanPortfolioSaveReopenAndSeeTheSameNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.screen().show(1));
        click(robot, "#remove-use-case-summaries");
        type(robot, "#use-case-chat-workload-monthlyGrowth", "0.03");
        assertEquals(0.03, doc.portfolio().workload("chat").orElseThrow().get(Input.MONTHLY_GROWTH));
        robot.interact(() -> window.screen().show(3));
        click(robot, "#remove-plan-sonnet");
        assertEquals(2, doc.portfolio().workloads().size());
        assertEquals(2, doc.portfolio().plans().size());
        robot.interact(() -> window.screen().show(0));
        String cards = cardsText(robot);
        assertTrue(cards.contains("Haiku for chat, GPT-4.1 mini for the rest TCO|"), cards);
        assertTrue(cards.contains("GPU time paid for but idle: "), cards);
        List<Double> before = tcos();
        ChartViewer chart = (ChartViewer) robot.lookup("#portfolio-charts").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getContent();
        // one curve per plan
        assertEquals(2, chart.getChart().getXYPlot().getDataset().getSeriesCount());

        Path file = dir.resolve("two-by-two.json");
        robot.interact(() -> {
            try {
                doc.saveAs(file);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertFalse(doc.dirtyProperty().get());
        robot.interact(() -> doc.newDocument(new PortfolioFiles(CatalogueLookup.NONE).template(Templates.ALL.get(2))));
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, tcos());
        assertEquals(cards, cardsText(robot));
    }

    @Test
    void runRecommendAndAdoptItsPlan(FxRobot robot) {
        robot.interact(() -> window.screen().show(3));
        int plans = doc.portfolio().plans().size();
        robot.interact(() -> robot.lookup("#recommend").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RecommendViewModel.Status.DONE, window.screen().recommend().statusProperty().get());
        assertTrue(robot.lookup("#recommend-message").queryAs(Label.class).getText().startsWith("Tried "),
                robot.lookup("#recommend-message").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#recommend-adopt").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(plans + 1, doc.portfolio().plans().size());
        assertEquals(RecommendViewModel.ADOPTED_NAME, doc.portfolio().plans().get(plans).name());
        // the adopted plan is the cheapest feasible: the verdict names it
        PlanResult best = window.screen().results().evaluationProperty().get().cheapestFeasible().orElseThrow();
        assertEquals(RecommendViewModel.ADOPTED_NAME, best.name());
        assertTrue(robot.lookup("#portfolio-verdict").queryAs(Label.class).getText().startsWith(RecommendViewModel.ADOPTED_NAME));
    }
}
