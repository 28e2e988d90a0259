package com.tcostudio.ui.uncertainty;

import com.tcostudio.ui.Shown;
import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.model.Input;
import com.tcostudio.ui.charts.ChartExport;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * The what-if tab: pick an input and a range; the chart draws TCO(self-hosted) - TCO(closed API)
 * across it and the sentence says where they cost the same. The sweep and the chart are made when
 * the tab is shown, not for every edit made while another tab is in front.
 */
public final class WhatIfPane {
    private final WhatIfViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = ChartExport.viewer(null);
    private WhatIfViewModel.Result drawn;

    public WhatIfPane(WhatIfViewModel vm) {
        this.vm = vm;
        ComboBox<Input> input = new ComboBox<>(vm.choicesProperty());
        input.setId("whatif-input");
        input.setConverter(Shown.as(Input::label));
        input.valueProperty().bindBidirectional(vm.inputProperty());
        input.setVisibleRowCount(16);
        TextField low = new TextField();
        low.setId("whatif-low");
        low.setPrefColumnCount(8);
        low.textProperty().bindBidirectional(vm.lowProperty());
        TextField high = new TextField();
        high.setId("whatif-high");
        high.setPrefColumnCount(8);
        high.textProperty().bindBidirectional(vm.highProperty());
        Label unit = new Label(vm.unit());
        unit.getStyleClass().add("unit");
        vm.inputProperty().addListener((o, old, now) -> unit.setText(vm.unit()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        HBox controls = new HBox(8, new Label("Input"), input, new Label("from"), low, new Label("to"), high, unit, error);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label statement = new Label();
        statement.setId("whatif-statement");
        statement.getStyleClass().add("whatif-statement");
        statement.setWrapText(true);
        vm.resultProperty().addListener((o, old, r) -> statement.setText(r == null ? "" : r.statement()));
        if (vm.resultProperty().get() != null) {
            statement.setText(vm.resultProperty().get().statement());
        }
        VBox top = new VBox(6, controls, statement);
        top.setPadding(new Insets(8, 0, 6, 0));
        root.setTop(top);
        root.setCenter(viewer);
        vm.resultProperty().addListener((o, old, r) -> drawIfShown());
        // the tab pane hides the content of the tabs behind: sweep only while in front
        root.visibleProperty().addListener((o, was, is) -> followVisibility());
        root.sceneProperty().addListener((o, old, now) -> followVisibility());
    }

    public Node node() {
        return root;
    }

    private void followVisibility() {
        vm.activeProperty().set(root.isVisible() && root.getScene() != null);
        drawIfShown();
    }

    private void drawIfShown() {
        WhatIfViewModel.Result r = vm.resultProperty().get();
        if (r == null || r == drawn || !root.isVisible() || root.getScene() == null) {
            return;
        }
        viewer.setChart(TcoCharts.whatIf(r.scenario(), r.input(), r.curve(), r.breakEven()));
        drawn = r;
    }
}
