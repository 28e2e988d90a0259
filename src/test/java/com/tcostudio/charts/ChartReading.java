package com.tcostudio.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads back what a chart shows (marker positions, marker labels, subtitles), for the chart tests. */
final class ChartReading {
    private ChartReading() {
    }

    static List<Double> markerValues(JFreeChart chart) {
        List<Double> at = new ArrayList<>();
        Collection<?> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                at.add(((ValueMarker) m).getValue());
            }
        }
        return at;
    }

    static List<String> labelTexts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            if (a instanceof MarkerLabels) {
                for (MarkerLabels.Label l : ((MarkerLabels) a).labels()) {
                    texts.add(l.text());
                }
            }
        }
        return texts;
    }

    static String subtitleText(JFreeChart chart) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle) {
                sb.append(((TextTitle) chart.getSubtitle(i)).getText()).append('\n');
            }
        }
        return sb.toString();
    }
}
