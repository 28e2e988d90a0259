package com.tcostudio.ui.charts;

import com.tcostudio.charts.ChartRendering;
import com.tcostudio.io.AtomicFiles;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Export from a chart's context menu: PNG at 96, 150 or 300 dpi, and SVG (vector, real text). The
 * image has the chart's current size on screen, so what is exported is what is seen.
 */
public final class ChartExport {
    static final int[] DPI = {96, 150, 300};

    private ChartExport() {
    }

    /** A chart viewer in the app's style with the export menu; every chart on screen is shown in one. */
    public static ChartViewer viewer(org.jfree.chart.JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.getStyleClass().add("chart-viewer");
        install(viewer);
        return viewer;
    }

    private static void install(ChartViewer viewer) {
        ContextMenu menu = viewer.getContextMenu();
        Menu png = new Menu("Export PNG");
        for (int dpi : DPI) {
            MenuItem item = new MenuItem(dpi + " dpi" + (dpi == 300 ? " (print)" : dpi == 96 ? " (screen)" : ""));
            item.setOnAction(e -> save(viewer, "png", dpi));
            png.getItems().add(item);
        }
        MenuItem svg = new MenuItem("Export SVG (vector)");
        svg.setOnAction(e -> save(viewer, "svg", 0));
        menu.getItems().addAll(new SeparatorMenuItem(), png, svg);
    }

    private static void save(ChartViewer viewer, String kind, int dpi) {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(), "*." + kind));
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        chooser.setInitialFileName(title.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "." + kind);
        File f = chooser.showSaveDialog(viewer.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            write(chart, f.toPath(), kind, dpi, (int) Math.max(400, viewer.getWidth()), (int) Math.max(300, viewer.getHeight()));
        } catch (IOException ex) {
            new Alert(Alert.AlertType.ERROR, "Cannot export the chart: " + ex.getMessage()).showAndWait();
        }
    }

    /** Writes a chart as PNG at the given dpi or as SVG, at a layout size in screen pixels. */
    static void write(JFreeChart chart, Path file, String kind, int dpi, int width, int height) throws IOException {
        if (kind.equals("svg")) {
            AtomicFiles.write(file, ChartRendering.toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8));
        } else {
            double scale = dpi / ChartRendering.LAYOUT_DPI;
            AtomicFiles.write(file, ChartRendering.toPng(chart, (int) Math.round(width * scale),
                    (int) Math.round(height * scale), scale));
        }
    }
}
