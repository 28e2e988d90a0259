package com.tcostudio.charts;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Setup;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;

/**
 * The look shared by every chart, on screen and in reports: fonts large enough for a projector,
 * setup colours that stay apart in greyscale print (different lightness and dash patterns), and
 * the hidden operational costs in strong colours against muted compute tones.
 */
public final class ChartStyle {
    public static final String FONT_FAMILY = Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains("DejaVu Sans")
            ? "DejaVu Sans" : Font.SANS_SERIF;
    static final Font TITLE = new Font(FONT_FAMILY, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(FONT_FAMILY, Font.PLAIN, 13);
    static final Font AXIS_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 14);
    static final Font TICK = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FONT_FAMILY, Font.PLAIN, 13);
    static final Font MARKER = new Font(FONT_FAMILY, Font.BOLD, 13);
    static final Color GRID = new Color(0xE3E6EA);
    static final Color TEXT = new Color(0x1F2328);

    private ChartStyle() {
    }

    /** Dark, mid and light: tell the setups apart even in greyscale. */
    public static Color color(Setup s) {
        switch (s) {
            case CLOSED:
                return new Color(0x24292F);
            case OPEN:
                return new Color(0x0969DA);
            default:
                return new Color(0xD4A72C);
        }
    }

    /** Solid, long dashes, dots: tell the setups apart without colour. */
    public static Stroke stroke(Setup s) {
        switch (s) {
            case CLOSED:
                return new BasicStroke(3f);
            case OPEN:
                return new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{12f, 6f}, 0f);
            default:
                return new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{2f, 6f}, 0f);
        }
    }

    /**
     * Compute and API costs in muted blues and greys; what self-hosting hides (operations staff,
     * setup, upgrades) in strong warm colours so it stands out.
     */
    public static Color color(Category c) {
        switch (c) {
            case API_USAGE:
                return new Color(0x57606A);
            case API_PLATFORM:
                return new Color(0x8C959F);
            case INTEGRATION:
                return new Color(0xAFB8C1);
            case COMPUTE:
                return new Color(0x54AEFF);
            case POWER:
                return new Color(0x218BFF);
            case COLOCATION:
                return new Color(0x80CCFF);
            case MAINTENANCE:
                return new Color(0xB6E3FF);
            case RESIDUAL:
                return new Color(0x4AC26B);
            case OPS:
                return new Color(0xCF222E);
            case SETUP:
                return new Color(0xFB8F44);
            case UPGRADES:
                return new Color(0x8250DF);
            case TOOLING:
                return new Color(0xBF8700);
            default:
                return new Color(0xE6D9A8);
        }
    }

    static void apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE);
            title.setPaint(TEXT);
            title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(new Color(0x57606A));
            sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }

    static void axis(ValueAxis axis, String label) {
        axis.setLabel(label);
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
    }

    static void monthAxis(NumberAxis axis, int months) {
        axis(axis, "Month");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(0, months + 0.5);
    }

    /** 1.2M, 350k, 4.5bn on money and volume axes. */
    public static NumberFormat compactFormat() {
        return new CompactFormat();
    }

    /** Full precision with thousands separators, for tooltips. */
    static NumberFormat fullFormat() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    }

    private static final class CompactFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double v, StringBuffer sb, FieldPosition pos) {
            double a = Math.abs(v);
            DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.US));
            if (a >= 1e12) {
                return sb.append(f.format(v / 1e12)).append("tn");
            }
            if (a >= 1e9) {
                return sb.append(f.format(v / 1e9)).append("bn");
            }
            if (a >= 1e6) {
                return sb.append(f.format(v / 1e6)).append("M");
            }
            if (a >= 1e3) {
                return sb.append(f.format(v / 1e3)).append("k");
            }
            return sb.append(f.format(v));
        }

        @Override
        public StringBuffer format(long v, StringBuffer sb, FieldPosition pos) {
            return format((double) v, sb, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("display only");
        }
    }
}
