package com.tcostudio.ui;

import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.Input;
import com.tcostudio.io.scenario.ScenarioWriter;
import com.tcostudio.support.TestScenarios;
import com.tcostudio.ui.charts.ChartTabs;
import com.tcostudio.ui.main.ExportViewModel;
import com.tcostudio.ui.main.MainViewModel;
import com.tcostudio.ui.main.PriceCatalogueViewModel;
import org.jfree.chart.fx.ChartViewer;
import com.tcostudio.ui.main.MainWindow;
import com.tcostudio.ui.uncertainty.UncertaintyViewModel;
import com.tcostudio.ui.uncertainty.WhatIfViewModel;
import com.tcostudio.core.model.Distribution;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paths a user takes through the main window, driven by a robot (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private static final String PREFS = "com/tcostudio/tco-studio-test";
    private MainViewModel vm;
    private MainWindow window;
    private PriceCatalogueViewModel prices;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("tco-ui-test");
        vm = new MainViewModel(CatalogueLookup.NONE, () -> TestScenarios.methodologyExample().build(),
                Runnable::run, Platform::runLater);
        UserSettings settings = new UserSettings(Preferences.userRoot().node(PREFS));
        // the simulation and the what-if run at once on the calling thread: the robot sees their results
        UncertaintyViewModel uncertainty = new UncertaintyViewModel(vm.scenarioProperty(), UncertaintyViewModel::monteCarlo,
                Runnable::run, Runnable::run);
        WhatIfViewModel whatIf = new WhatIfViewModel(vm.scenarioProperty(), Runnable::run, Runnable::run);
        prices = new PriceCatalogueViewModel(Catalogue.empty(), dir.resolve("catalogue"), Runnable::run, Runnable::run);
        ExportViewModel exports = new ExportViewModel(vm, uncertainty, prices, () -> java.time.LocalDate.of(2026, 11, 1),
                Runnable::run, Runnable::run);
        window = new MainWindow(new MainWindow.Models(vm, uncertainty, whatIf, prices, exports), settings, stage,
                new ChartTabs(), ChartTabs.comparison());
        Scene scene = new Scene(window.root(), 1400, 900);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        window.buildWholeForm();
    }

    @AfterEach
    void forgetSettings() throws Exception {
        Preferences.userRoot().node(PREFS).removeNode();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, Input input, String value) {
        TextField field = robot.lookup("#input-" + input.path().replace('.', '-')).queryAs(TextField.class);
        // focus rather than click: the field may be scrolled out of view
        robot.interact(field::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(value);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cardsText(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("#summary-cards").queryAs(FlowPane.class).lookupAll(".label")) {
            sb.append(((Label) n).getText()).append('|');
        }
        return sb.toString();
    }

    /** Last cumulative cost of the self-hosted series, as drawn in the visible cumulative chart. */
    private static double drawnOpenTco(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().get(0).getContent() instanceof ChartViewer v ? v : null;
        org.jfree.data.xy.XYDataset data = viewer.getChart().getXYPlot().getDataset();
        int last = data.getItemCount(1) - 1;
        return data.getYValue(1, last);
    }

    @Test
    void changingAnInputUpdatesTheVerdictCardsAndCharts(FxRobot robot) {
        String cardsBefore = cardsText(robot);
        double drawnBefore = drawnOpenTco(robot);
        double tcoBefore = vm.evaluationProperty().get().setup(Setup.OPEN).tco();
        type(robot, Input.GPU_HOURLY, "9.5");
        assertEquals(9.5, vm.scenario().get(Input.GPU_HOURLY));
        assertTrue(vm.evaluationProperty().get().setup(Setup.OPEN).tco() > tcoBefore);
        assertNotEquals(cardsBefore, cardsText(robot));
        assertEquals(vm.evaluationProperty().get().setup(Setup.OPEN).tco(), drawnOpenTco(robot));
        assertTrue(drawnOpenTco(robot) > drawnBefore);
        assertTrue(robot.lookup(".root").queryAs(Node.class).getScene().getWindow() instanceof Stage);
        assertTrue(((Stage) robot.lookup(".root").queryAs(Node.class).getScene().getWindow()).getTitle().startsWith("* "));
    }

    @Test
    void anInvalidValueIsRefusedAtTheFieldWithItsRule(FxRobot robot) {
        String verdictBefore = text(robot, "#verdict");
        // 7 is out of range from its first keystroke, so nothing valid is committed on the way
        type(robot, Input.CACHED_INPUT_SHARE, "7");
        boolean shown = robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("must be a share between 0 and 1 (was 7)"));
        assertTrue(shown);
        assertEquals(verdictBefore, text(robot, "#verdict"));
        assertEquals(0.3, vm.scenario().get(Input.CACHED_INPUT_SHARE));
    }

    @Test
    void openEditSaveAndReopen(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        new ScenarioWriter().write(TestScenarios.methodologyExample().name("Plan A").build(), file);
        robot.interact(() -> window.openFile(file));
        assertEquals("Plan A", vm.scenario().name());
        type(robot, Input.MONTHLY_GROWTH, "0.09");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.dirtyProperty().get());
        assertTrue(Files.readString(file).contains("\"monthlyGrowth\" : 0.09"));
        robot.interact(vm::newScenario);
        robot.interact(() -> window.openFile(file));
        assertEquals(0.09, vm.scenario().get(Input.MONTHLY_GROWTH));
        assertEquals("0.09", robot.lookup("#input-workload-monthlyGrowth").queryAs(TextField.class).getText());
    }

    @Test
    void aMalformedFileIsRefusedWithTheFieldAndTheWorkStays(FxRobot robot, @TempDir Path dir) throws Exception {
        type(robot, Input.GPU_HOURLY, "3.75");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, new ScenarioWriter().toJson(TestScenarios.methodologyExample().build())
                .replace("\"peakToAverage\" : 3", "\"peakToAverage\" : 0.2"));
        Platform.runLater(() -> window.openFile(bad));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#open-error").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("workload.peakToAverage: must be from 1 to 1,000 (was 0.2)"), dialog.getContentText());
        robot.clickOn("OK");
        assertEquals(3.75, vm.scenario().get(Input.GPU_HOURLY));
        assertEquals("3.75", robot.lookup("#input-open-hosting-gpuHourly").queryAs(TextField.class).getText());
    }

    @Test
    void f1OpensTheMethodologyInPlainWords(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage methodology = robot.listTargetWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(st -> "How TCO Studio computes costs".equals(st.getTitle()))
                .findFirst().orElseThrow();
        String all = robot.from(methodology.getScene().getRoot()).lookup(".md-h2").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b);
        assertTrue(all.contains("Break-even volume"), all);
        robot.interact(methodology::close);
    }

    @Test
    void eachChartCanBeExportedFromItsContextMenu(FxRobot robot) {
        ChartViewer viewer = (ChartViewer) robot.lookup("#chart-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().get(0).getContent();
        java.util.List<String> items = viewer.getContextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText)
                .collect(java.util.stream.Collectors.toList());
        assertTrue(items.contains("Export PNG"), items.toString());
        assertTrue(items.contains("Export SVG (vector)"), items.toString());
    }

    @Test
    void aRangeGivenBesideAFieldBringsTheMonteCarloCardsBandsAndTornado(FxRobot robot) {
        assertFalse(cardsText(robot).contains("Chance self-hosting is cheaper"));
        // fired rather than clicked: the row may be scrolled out of view
        robot.interact(() -> robot.lookup("#range-open-hosting-gpuHourly").queryAs(Button.class).fire());
        TextField low = robot.lookup("#range-low").queryAs(TextField.class);
        assertEquals("2", low.getText());
        robot.interact(() -> low.setText("5"));
        Label error = robot.lookup("#range-error").queryAs(Label.class);
        assertEquals("low (5) cannot be greater than high (3)", error.getText());
        assertTrue(robot.lookup("#range-apply").queryAs(Button.class).isDisabled());
        robot.interact(() -> {
            low.setText("1.8");
            robot.lookup("#range-high").queryAs(TextField.class).setText("4");
        });
        robot.interact(() -> robot.lookup("#range-apply").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Distribution.pert(1.8, 2.5, 4), vm.scenario().uncertainty().get(Input.GPU_HOURLY));
        assertTrue(cardsText(robot).contains("Chance self-hosting is cheaper"), cardsText(robot));
        assertTrue(robot.lookup(".range-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("\u00b1 PERT 1.8 / 2.5 / 4")));
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        assertTrue(tabs.getTabs().stream().map(Tab::getText).anyMatch("Tornado"::equals));
        ChartViewer cumulative = (ChartViewer) tabs.getTabs().get(0).getContent();
        assertTrue(cumulative.getChart().getXYPlot().getDatasetCount() > 1, "the bands are drawn");
        robot.interact(() -> vm.undo());
        assertFalse(tabs.getTabs().stream().map(Tab::getText).anyMatch("Tornado"::equals));
    }

    @Test
    void theWhatIfTabSaysWhereOpenAndClosedCostTheSame(FxRobot robot) {
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        Tab whatIf = tabs.getTabs().stream().filter(t -> t.getText().equals("What-if")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(whatIf));
        String statement = robot.lookup("#whatif-statement").queryAs(Label.class).getText();
        assertTrue(statement.contains("GPU hourly price"), statement);
        robot.interact(() -> robot.lookup("#whatif-high").queryAs(TextField.class).setText("1"));
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("From must be below to")));
    }

    @Test
    void openingAFileWithoutRangesWhileTheTornadoIsShownThrowsNothing(FxRobot robot, @TempDir Path tmp) throws Exception {
        java.util.List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        robot.interact(() -> vm.setRange(Input.GPU_HOURLY, Distribution.uniform(2, 3)));
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        Tab tornado = tabs.getTabs().stream().filter(t -> t.getText().equals("Tornado")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tornado));
        Path plain = tmp.resolve("plain.json");
        new ScenarioWriter().write(TestScenarios.methodologyExample().name("No ranges").build(), plain);
        robot.interact(() -> window.openFile(plain));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(), uncaught);
        assertEquals("No ranges", vm.scenario().name());
        assertFalse(tabs.getTabs().stream().map(Tab::getText).anyMatch("Tornado"::equals));
        assertTrue(tabs.getSelectionModel().getSelectedItem() != null);
    }

    @Test
    void ctrlZInAFieldUndoesTheFieldsEditThenTheScenarios(FxRobot robot) {
        double growth = vm.scenario().get(Input.MONTHLY_GROWTH);
        type(robot, Input.MONTHLY_GROWTH, "0.09");
        type(robot, Input.GPU_HOURLY, "2.7x");
        TextField hourly = robot.lookup("#input-open-hosting-gpuHourly").queryAs(TextField.class);
        assertTrue(hourly.isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        // first the refused text of the field (2.7 was applied on the way, then "x" refused)
        assertEquals("2.7", hourly.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2.5", hourly.getText());
        assertEquals(0.09, vm.scenario().get(Input.MONTHLY_GROWTH));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(growth, vm.scenario().get(Input.MONTHLY_GROWTH));
    }

    @Test
    void theUnsavedStarGoesWhenUndoReachesTheSavedScenario(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#menu-bar").queryAs(Node.class).getScene().getWindow();
        type(robot, Input.MONTHLY_GROWTH, "0.09");
        assertTrue(stage.getTitle().startsWith("* "), stage.getTitle());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().startsWith("* "), stage.getTitle());
    }

    @Test
    void pickingACurrencyConvertsTheAmountsAndSaysWhereTheRateComesFrom(FxRobot robot) {
        double fee = vm.scenario().get(Input.TOOLING_PER_MONTH);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> code = robot.lookup("#currency-code").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> code.setValue("EUR"));
        // ECB 2024-06-28: 1 EUR = 1.0705 USD
        assertEquals(1 / 1.0705, vm.scenario().currency().perUsd());
        assertEquals(fee / 1.0705, vm.scenario().get(Input.TOOLING_PER_MONTH), 1e-9 * fee);
        assertTrue(text(robot, "#currency-note").contains("European Central Bank"), text(robot, "#currency-note"));
        assertTrue(robot.lookup(".unit").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("EUR per GPU-hour")));
        TextField rate = robot.lookup("#currency-rate").queryAs(TextField.class);
        robot.interact(() -> rate.setText("0.9"));
        assertEquals(0.9, vm.scenario().currency().perUsd());
        assertEquals("entered by you", text(robot, "#currency-note"));
    }
}
