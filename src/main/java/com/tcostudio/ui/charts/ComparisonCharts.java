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
        return chart;
    }
}
