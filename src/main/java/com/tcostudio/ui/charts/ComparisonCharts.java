package com.tcostudio.ui.charts;

import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.ui.compare.ComparisonViewModel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Cumulative costs of several scenarios on one chart: one line per scenario and setup. */
final class ComparisonCharts {
    private ComparisonCharts() {
    }

    static JFreeChart cumulative(ComparisonViewModel vm) {
        XYSeriesCollection data = new XYSeriesCollection();
        String currency = "";
        for (ComparisonViewModel.Entry entry : vm.usable()) {
            Evaluation e = entry.evaluation();
            currency = e.scenario().currency().code();
            for (SetupResult r : e.setups().values()) {
                XYSeries s = new XYSeries(entry.file().getFileName() + ": " + r.setup().label(), false, true);
                s.add(0, 0);
                for (int i = 0; i < e.months(); i++) {
                    s.add(i + 1, r.cumulative(i));
                }
                data.addSeries(s);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Cumulative cost by scenario", "Month",
                currency + " (cumulative)", data, PlotOrientation.VERTICAL, true, true, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setNumberFormatOverride(
                com.tcostudio.charts.ChartStyle.compactFormat());
        return styled(chart);
    }

    /** Cumulative cost of the top options of a vendor ranking, one line each. */
    static JFreeChart topOptions(java.util.List<com.tcostudio.core.compare.VendorComparison.Option> options) {
        XYSeriesCollection data = new XYSeriesCollection();
        String currency = "";
        for (com.tcostudio.core.compare.VendorComparison.Option o : options) {
            Evaluation e = com.tcostudio.core.engine.CostEngine.DEFAULT.evaluate(o.scenario());
            currency = e.scenario().currency().code();
            com.tcostudio.core.engine.Setup setup = o.kind() == com.tcostudio.core.compare.VendorComparison.Kind.CLOSED
                    ? com.tcostudio.core.engine.Setup.CLOSED : o.kind() == com.tcostudio.core.compare.VendorComparison.Kind.OPEN
                    ? com.tcostudio.core.engine.Setup.OPEN : com.tcostudio.core.engine.Setup.HYBRID;
            SetupResult r = e.setup(setup);
            XYSeries s = new XYSeries(o.id(), false, true);
            s.add(0, 0);
            for (int i = 0; i < e.months(); i++) {
                s.add(i + 1, r.cumulative(i));
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Cumulative cost of the cheapest options", "Month",
                currency + " (cumulative)", data, PlotOrientation.VERTICAL, true, true, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setNumberFormatOverride(
                com.tcostudio.charts.ChartStyle.compactFormat());
        return styled(chart);
    }

    /** Distinct lines that also differ in dash pattern, so they read in greyscale. */
    private static final java.awt.Color[] LINES = {new java.awt.Color(0x0969DA), new java.awt.Color(0xCF222E),
        new java.awt.Color(0x1A7F37), new java.awt.Color(0x8250DF), new java.awt.Color(0xBC4C00),
        new java.awt.Color(0x24292F), new java.awt.Color(0x1B7C83), new java.awt.Color(0xBF3989)};
    private static final float[][] DASHES = {null, {10f, 5f}, {3f, 4f}, {12f, 4f, 3f, 4f}};

    /** The house look: white plot, light grid, thick lines, legible fonts. */
    private static JFreeChart styled(JFreeChart chart) {
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setDomainGridlinePaint(new java.awt.Color(0xE4E4E4));
        plot.setRangeGridlinePaint(new java.awt.Color(0xE4E4E4));
        chart.setBackgroundPaint(java.awt.Color.WHITE);
        chart.getTitle().setFont(new java.awt.Font(com.tcostudio.charts.ChartStyle.FONT_FAMILY, java.awt.Font.BOLD, 16));
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            r.setSeriesPaint(i, LINES[i % LINES.length]);
            float[] dash = DASHES[(i / 2) % DASHES.length];
            r.setSeriesStroke(i, dash == null ? new java.awt.BasicStroke(2.5f)
                    : new java.awt.BasicStroke(2.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        }
        r.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardXYToolTipGenerator());
        plot.setRenderer(r);
        return chart;
    }
}
