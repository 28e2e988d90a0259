package com.tcostudio.charts;

import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Setup;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one look of every TCO Studio chart, on screen and in PDF board packs: white background,
 * light horizontal grid only, legend at the bottom, fonts sized for a projector, and series that
 * stay apart in greyscale print (each setup has its own lightness, dash pattern and point shape;
 * the hidden operational costs are hatched).
 *
 * <p>Numbers use US separators ({@code 1,234,567.89}) whatever the machine's locale, so that a
 * board pack reads the same wherever it is printed.
 */
public final class ChartStyle {
    /** Locale of every number on a chart. */
    public static final Locale LOCALE = Locale.US;

    /** "DejaVu Sans" when installed (it is embedded in PDFs), else the logical SansSerif font. */
    public static final String FONT_FAMILY = pickFontFamily();

    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 18);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font TICK_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font MARKER_FONT = new Font(FONT_FAMILY, Font.BOLD, 12);
    public static final Font MARKER_LIGHT_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    public static final Color AXIS_LINE = new Color(0x99, 0x99, 0x99);
    /** Break-even markers: dark enough to read on a projector, neutral so they belong to no setup. */
    public static final Color MARKER = new Color(0x33, 0x33, 0x33);
    /** Context markers (the scenario's own volumes): present but quiet. */
    public static final Color CONTEXT_MARKER = new Color(0x8A, 0x8A, 0x8A);

    /*
     * Setup colours, after the Okabe-Ito palette (safe for the common colour-vision deficiencies),
     * picked for their greyscale lightness: Closed API about 20%, Hybrid about 42%, Self-hosted
     * about 58%. Dash patterns and point shapes separate them again where lightness is not enough.
     */
    private static final Map<Setup, Color> SETUP_COLOURS = new EnumMap<>(Map.of(
            Setup.CLOSED, new Color(0x1B, 0x3A, 0x5C),
            Setup.HYBRID, new Color(0x00, 0x9E, 0x73),
            Setup.OPEN, new Color(0xE0, 0x8A, 0x00)));

    private static final float LINE_WIDTH = 3f;

    private ChartStyle() {
    }

    /** Line colour of a setup. */
    public static Color colour(Setup setup) {
        return SETUP_COLOURS.get(setup);
    }

    /** Line stroke of a setup: solid for the API, dashed for self-hosting, dash-dot for hybrid. */
    public static Stroke stroke(Setup setup) {
        switch (setup) {
            case CLOSED:
                return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            case OPEN:
                return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {11f, 6f}, 0f);
            default:
                return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {14f, 5f, 3f, 5f}, 0f);
        }
    }

    /** Point shape of a setup (shown when a chart has few points, and in the legend). */
    public static Shape shape(Setup setup) {
        switch (setup) {
            case CLOSED:
                return new Rectangle2D.Double(-4, -4, 8, 8);
            case OPEN:
                return new Ellipse2D.Double(-4.5, -4.5, 9, 9);
            default:
                Path2D.Double triangle = new Path2D.Double();
                triangle.moveTo(0, -5.5);
                triangle.lineTo(5, 4);
                triangle.lineTo(-5, 4);
                triangle.closePath();
                return triangle;
        }
    }

    /** Legend sample of a bar: large enough to show its hatching. */
    public static Shape legendBar() {
        return new Rectangle2D.Double(-8, -8, 16, 16);
    }

    /** Legend sample line long enough to show a dash pattern. */
    public static Shape legendLine() {
        return new Line2D.Double(-18, 0, 18, 0);
    }

    /**
     * Fill of a cost category in a breakdown. The API bill is in muted blues, the GPU bill in
     * muted sage greens, staff in slate, running costs in sand; what self-hosting hides
     * (operations staff, setup, upgrades) is in strong warm colours and also hatched
     * ({@link #hatch(Category)}), so that it stands out on screen and in greyscale print alike.
     */
    public static Color colour(Category category) {
        switch (category) {
            case API_USAGE: return new Color(0x86, 0xA3, 0xC2);
            case API_PLATFORM: return new Color(0xC0, 0xD1, 0xE3);
            case INTEGRATION: return new Color(0x5E, 0x6E, 0x80);
            case COMPUTE: return new Color(0x5F, 0x80, 0x70);
            case POWER: return new Color(0xA7, 0xBE, 0xB1);
            case COLOCATION: return new Color(0xC9, 0xD8, 0xCF);
            case MAINTENANCE: return new Color(0x93, 0xAD, 0x9F);
            case RESIDUAL: return new Color(0xE3, 0xEA, 0xE6);
            case OPS: return new Color(0xD5, 0x5E, 0x00);
            case SETUP: return new Color(0x8E, 0x22, 0x0C);
            case UPGRADES: return new Color(0xF2, 0xA6, 0x3A);
            case TOOLING: return new Color(0xCF, 0xC3, 0xAC);
            case OTHER: return new Color(0xE6, 0xDE, 0xCF);
            // version 2: committed API capacity joins the API's blues; a forced migration is a hidden cost
            case COMMITTED: return new Color(0x4F, 0x6F, 0x99);
            case MIGRATION: return new Color(0xA8, 0x3E, 0x74);
            default: throw new IllegalArgumentException("no colour for " + category);
        }
    }

    /**
     * Hatching drawn over a category's fill, or null: the hidden operational costs only, each
     * with its own direction. Hatching is drawn as plain lines (not a {@code TexturePaint}, which
     * the JavaFX canvas behind {@code ChartViewer} cannot paint), so it is vector in PDFs too.
     */
    static HatchedBarRenderer.Hatch hatch(Category category) {
        switch (category) {
            case OPS: return new HatchedBarRenderer.Hatch(Color.WHITE, HatchedBarRenderer.Direction.FORWARD);
            case SETUP: return new HatchedBarRenderer.Hatch(Color.WHITE, HatchedBarRenderer.Direction.CROSS);
            case UPGRADES: return new HatchedBarRenderer.Hatch(new Color(0x6A, 0x32, 0x00), HatchedBarRenderer.Direction.BACKWARD);
            case MIGRATION: return new HatchedBarRenderer.Hatch(Color.WHITE, HatchedBarRenderer.Direction.BACKWARD);
            default: return null;
        }
    }

    /** Idle capacity: a near-black dotted line over the bars, so it reads as "part of", not "on top of". */
    public static final Color IDLE_COLOUR = new Color(0x11, 0x11, 0x11);

    public static Stroke idleStroke() {
        return new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.5f, 5f}, 0f);
    }

    /**
     * Simulation bands: each setup's colour, translucent, so that overlapping bands stay visible
     * and the base-case lines on top stay the strongest marks.
     */
    static final float BAND_ALPHA = 0.18f;
    /** Legend sample of the bands: grey at about the depth of a band over white. */
    static final Color BAND_LEGEND = new Color(0x80, 0x80, 0x80, 0x50);

    /** The P50 (median) of a simulation: thin and finely dashed, so it never reads as a base-case line. */
    public static Stroke medianStroke() {
        return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f);
    }

    /**
     * Tornado bars: an input at its low end light, at its high end dark (the order reads without the
     * legend, in greyscale too). Purple, a hue no setup uses, because a bar belongs to no setup.
     */
    public static final Color INPUT_LOW = new Color(0xC3, 0xAE, 0xDB);
    public static final Color INPUT_HIGH = new Color(0x5B, 0x3F, 0x8C);
    /** The what-if curve, TCO(self-hosted) - TCO(closed API): a difference, so no setup's colour either. */
    public static final Color DIFFERENCE = INPUT_HIGH;

    public static Stroke markerStroke(boolean strong) {
        return strong
                ? new BasicStroke(1.75f)
                : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    }

    /** Axis format: 950, 12.5k, 1.2M, 3.75bn. */
    public static NumberFormat compactFormat() {
        return new CompactNumberFormat(2, "");
    }

    /** In sentences: "1.2 bn". */
    public static NumberFormat compactWordsFormat() {
        return new CompactNumberFormat(1, " ");
    }

    /** Full amounts for tooltips: 1,234,567.89. */
    public static NumberFormat moneyFormat() {
        return decimal("#,##0.00");
    }

    /** Token counts and other whole numbers: 2,500,000,000. */
    public static NumberFormat wholeFormat() {
        return decimal("#,##0");
    }

    /** Break-even months: 14.3. */
    public static NumberFormat monthFormat() {
        return decimal("0.0");
    }

    /** Cost per million tokens, which can be a few cents: 0.0123 or 12.50. */
    public static NumberFormat unitPriceFormat() {
        return decimal("#,##0.00##");
    }

    static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(LOCALE));
    }

    /** Title left-aligned, subtitles under it, legend at the bottom without a frame. */
    static void applyTo(JFreeChart chart, String... subtitles) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 12, 8, 16));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(2, 4, 4, 4));
        }
        int at = 0;
        for (String s : subtitles) {
            if (s == null || s.isBlank()) {
                continue;
            }
            TextTitle sub = new TextTitle(s, SUBTITLE_FONT);
            sub.setPaint(MUTED_TEXT);
            sub.setPosition(RectangleEdge.TOP);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setTextAlignment(HorizontalAlignment.LEFT);
            sub.setPadding(new RectangleInsets(1, 4, 1, 4));
            chart.addSubtitle(at++, sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(BACKGROUND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            legend.setMargin(new RectangleInsets(8, 0, 0, 0));
        }
        stylePlot(chart.getPlot());
    }

    static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 8));
        if (plot instanceof XYPlot) {
            XYPlot xy = (XYPlot) plot;
            xy.setDomainGridlinesVisible(false);
            // range gridlines keep their visibility: a plot without data turns them off
            xy.setRangeGridlinePaint(GRID);
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setDomainMinorGridlinesVisible(false);
            xy.setRangeMinorGridlinesVisible(false);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            xy.setRangeZeroBaselineVisible(xy.isRangeGridlinesVisible());
            xy.setRangeZeroBaselinePaint(AXIS_LINE);
            xy.setRangeZeroBaselineStroke(new BasicStroke(1f));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot cp = (CategoryPlot) plot;
            cp.setDomainGridlinesVisible(false);
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            cp.setRangeZeroBaselineVisible(true);
            cp.setRangeZeroBaselinePaint(AXIS_LINE);
            cp.setRangeZeroBaselineStroke(new BasicStroke(1f));
            styleAxis(cp.getDomainAxis());
            styleAxis(cp.getRangeAxis());
        }
    }

    static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setTickMarkOutsideLength(4f);
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
        if (axis instanceof ValueAxis) {
            ((ValueAxis) axis).setMinorTickMarksVisible(false);
        }
        if (axis instanceof NumberAxis) {
            ((NumberAxis) axis).setAutoRangeStickyZero(true);
        }
    }

    private static String pickFontFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            if (Arrays.asList(families).contains("DejaVu Sans")) {
                return "DejaVu Sans";
            }
        } catch (RuntimeException | LinkageError | InternalError e) {
            // no font configuration at all (minimal containers): the logical font always exists
        }
        return Font.SANS_SERIF;
    }
}
