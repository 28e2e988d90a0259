package com.tcostudio.report;

import com.tcostudio.charts.TcoCharts;
import com.tcostudio.core.AppVersion;
import com.tcostudio.core.compare.VendorComparison;
import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.engine.Years;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.text.TextUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;


/**
 * The stakeholder report as a PDF: cover, a one-page summary with the verdict in words, the charts
 * of the app as vector graphics, a yearly cost table per setup, every assumption with its unit and
 * source, and the methodology in brief. Every number comes from the evaluation's breakdown.
 */
public final class PdfReport implements ReportFile {
    /** Page sizes offered: A4 by default, US Letter on request. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        PDRectangle size() {
            return size;
        }
    }

    static {
        // rotated axis labels become real text in the PDF instead of outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final Evaluation e;
    private final String sourceName;
    private final LocalDate date;
    private final Paper paper;
    private final List<VendorComparison.Option> vendors;
    /** Null when the report says nothing about uncertainty. */
    private final UncertaintyAnalysis uncertainty;
    private final CatalogueLookup catalogue;

    /**
     * @param sourceName the scenario file's name for the footer (or "built-in default scenario")
     */
    public PdfReport(Evaluation evaluation, String sourceName, LocalDate date, Paper paper) {
        this(evaluation, sourceName, date, paper, List.of());
    }

    /** With the optional section ranking the catalogue's options for this workload. */
    public PdfReport(Evaluation evaluation, String sourceName, LocalDate date, Paper paper,
                     List<VendorComparison.Option> vendors) {
        this(evaluation, sourceName, date, paper, vendors, null);
    }

    /**
     * With the optional vendor ranking and the optional uncertainty part: the probability that
     * self-hosting is cheaper, the spread of TCO and break-even, the banded cumulative chart, the
     * tornado, the ranges and the what-if break-evens. The part appears only when the scenario has
     * ranges; for a scenario without, the analysis is ignored and the report says nothing about
     * uncertainty.
     *
     * @param uncertainty the analysis of this evaluation's scenario, or null for none
     * @throws IllegalArgumentException when the analysis does not belong to the evaluation's scenario
     *                                  (another horizon or other uncertain inputs)
     */
    public PdfReport(Evaluation evaluation, String sourceName, LocalDate date, Paper paper,
                     List<VendorComparison.Option> vendors, UncertaintyAnalysis uncertainty) {
        this(evaluation, sourceName, date, paper, vendors, uncertainty, CatalogueLookup.NONE);
    }

    /**
     * With the catalogue the scenario was resolved against, so that the assumptions can tell the
     * numbers converted from its USD prices from the numbers written in the scenario's currency
     * (without it, a number beside a named entry is "not in the catalogue used").
     */
    public PdfReport(Evaluation evaluation, String sourceName, LocalDate date, Paper paper,
                     List<VendorComparison.Option> vendors, UncertaintyAnalysis uncertainty, CatalogueLookup catalogue) {
        this.catalogue = catalogue;
        this.e = evaluation;
        this.sourceName = sourceName;
        this.date = date;
        this.paper = paper;
        this.vendors = List.copyOf(vendors);
        this.uncertainty = UncertaintyAnalysis.shownFor(evaluation, uncertainty) ? uncertainty : null;
    }


    @Override
    public void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Scenario s = e.scenario();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("TCO report: " + s.name());
            info.setCreator("TCO Studio " + AppVersion.get());
            info.setCreationDate(Calendar.getInstance());
            try (PdfLayout page = new PdfLayout(doc, paper.size)) {
                cover(page);
                summary(page);
                charts(page);
                if (uncertainty != null) {
                    new UncertaintyPages(e, uncertainty).write(page);
                }
                yearlyTables(page);
                if (!vendors.isEmpty()) {
                    vendorRanking(page);
                }
                assumptions(page);
                methodology(page);
                page.finish("TCO Studio " + AppVersion.get() + "  |  " + sourceName + "  |  " + date);
            }
            doc.save(out);
        }
    }

    private String cur() {
        return e.scenario().currency().code();
    }

    private void cover(PdfLayout p) throws IOException {
        p.newPage();
        p.space(120);
        p.paragraph("Total cost of ownership", p.regular, 16, PdfLayout.MUTED);
        p.paragraph(e.scenario().name(), p.bold, 26, PdfLayout.INK);
        p.space(20);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Report date", date.toString()));
        rows.add(List.of("Currency", InputSource.currencyLine(e.scenario(), catalogue)));
        rows.add(List.of("Horizon", e.months() + " months"));
        rows.add(List.of("Prices as of", pricesAsOf()));
        rows.add(List.of("Scenario file", sourceName));
        rows.add(List.of("Made with", "TCO Studio " + AppVersion.get() + ", cost model version 1"));
        for (List<String> r : rows) {
            p.paragraph(r.get(0) + ":  " + r.get(1), p.regular, 12, PdfLayout.INK);
        }
        p.space(30);
        p.paragraph("Compares a closed model behind a commercial API, an open-weight model self-hosted on GPUs, "
                + (e.has(Setup.HYBRID) ? "and a hybrid of the two, " : "")
                + "month by month, including the operational cost of running models yourself.", p.regular, 11, PdfLayout.MUTED);
    }

    /** The catalogue entries the scenario's prices come from, with their dates. */
    String pricesAsOf() {
        List<String> parts = new ArrayList<>();
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            Optional<CatalogueRef> ref = e.scenario().catalogueRef(slot);
            ref.ifPresent(r -> parts.add(r.id() + (r.asOf() == null ? "" : " (" + r.asOf() + ")")));
        }
        return parts.isEmpty() ? "no catalogue prices used (all figures from the scenario file)" : String.join(", ", parts);
    }

    private void summary(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Summary", 18);
        p.paragraph(Summary.verdict(e), p.bold, 12.5f, PdfLayout.INK);
        if (uncertainty != null) {
            p.paragraph(String.join(" ", uncertainty.probabilityStatements()) + " (See Uncertainty.)",
                    p.regular, 11, PdfLayout.INK);
        }
        p.space(6);
        // amounts with their currency where they fit, else in thousands or millions with the unit in the header
        PdfLayout.Fitted<AmountScale> setups = p.fit(List.of(AmountScale.values()), SUMMARY_FONTS, -1, scale -> {
            List<List<String>> t = new ArrayList<>();
            t.add(List.of(scale == AmountScale.UNITS ? "Setup" : "Setup, " + cur() + scale.words, "TCO", "NPV",
                    "Month 1", "Month " + e.months()));
            for (SetupResult r : e.setups().values()) {
                t.add(List.of(r.setup().label(), amount(r.tco(), scale), amount(r.npv(), scale),
                        amount(r.total(0), scale), amount(r.total(e.months() - 1), scale)));
            }
            return t;
        });
        p.table(setups.header(), setups.rows(), setups.widths(), setups.fontSize());
        float w = p.width();
        List<List<String>> be = new ArrayList<>();
        for (Pair pair : Pair.values()) {
            Optional<BreakEven> b = e.breakEven(pair);
            b.ifPresent(x -> be.add(List.of(pair.a().label() + " vs " + pair.b().label(), monthText(x.month()),
                    monthText(x.discountedMonth()), String.valueOf(x.crossings().size()))));
        }
        p.table(List.of("Break-even", "Month", "Discounted", "Crossings"), be,
                new float[]{w * 0.4f, w * 0.2f, w * 0.2f, w * 0.2f}, 10);
        List<List<String>> other = new ArrayList<>();
        other.add(List.of("Break-even volume (first)", Formats.tokensPerMonth(e.breakEvenVolume().first())));
        other.add(List.of("Break-even volume (sustained)", Formats.tokensPerMonth(e.breakEvenVolume().sustained())));
        SetupResult open = e.setup(Setup.OPEN);
        other.add(List.of("Hidden cost of self-hosting", Formats.percent(open.hiddenCostShare())
                + " of its TCO (staff, setup, upgrades, idle GPUs)"));
        other.add(List.of("Cheapest over " + e.months() + " months", e.cheapest().label()));
        p.table(List.of("Figure", "Value"), other, new float[]{w * 0.4f, w * 0.6f}, 10);
        p.paragraph("Break-even months are fractional: month 14.3 is a third of the way into month 15. Month 0 means "
                + "no dearer from the start. Volumes are tokens a month at month-1 prices and this scenario's "
                + "input/output mix.", p.regular, 9, PdfLayout.MUTED);
    }

    private static String monthText(double m) {
        return Double.isNaN(m) ? "never" : Formats.month(m);
    }

    private void charts(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Costs over time", 18);
        float h = (p.room() - 40) / 2;
        p.chart(TcoCharts.cumulativeCost(e), h);
        p.chart(TcoCharts.monthlyCost(e), h);
        p.newPage();
        p.heading("What self-hosting costs, and at what volume it pays", 18);
        p.chart(TcoCharts.breakdown(e, Setup.OPEN), h);
        p.chart(TcoCharts.costVersusVolume(e), h);
        if (e.has(Setup.HYBRID)) {
            p.newPage();
            p.heading("Cost by category: hybrid and closed API", 18);
            p.chart(TcoCharts.breakdown(e, Setup.HYBRID), h);
            p.chart(TcoCharts.breakdown(e, Setup.CLOSED), h);
        }
    }

    /**
     * One table per setup, years across. The amounts are in the first unit (currency units,
     * thousands, millions...) and header ("Year 1" or "Y1") at which every setup's table fits the
     * page at a legible size; the columns are the same in all of them, and the heading says the unit.
     */
    private void yearlyTables(PdfLayout p) throws IOException {
        p.newPage();
        int years = Years.count(e.months());
        PdfLayout.Fitted<YearlyVariant> all = yearlyLayout(p);
        YearlyVariant chosen = all.variant();
        p.heading("Cost by year and category (" + cur() + chosen.scale().words + ")", 18);
        for (SetupResult r : e.setups().values()) {
            p.table(yearHeader(r.setup().label(), years, chosen.shortYears()), yearRows(r, chosen),
                    all.widths(), all.fontSize());
        }
        if (chosen.shortYears()) {
            p.paragraph("Y1 is months 1-12, Y2 months 13-24, and so on.", p.regular, 8.5f, PdfLayout.MUTED);
        }
    }

    /** The yearly tables of all setups measured as one, with the unit, header style and size that fit. */
    PdfLayout.Fitted<YearlyVariant> yearlyLayout(PdfLayout p) throws IOException {
        int years = Years.count(e.months());
        List<YearlyVariant> variants = new ArrayList<>();
        for (AmountScale scale : AmountScale.values()) {
            // in millions and billions a decimal keeps the small categories from all reading 0
            for (int decimals = scale.divisor >= 1e6 ? 1 : 0; decimals >= 0; decimals--) {
                variants.add(new YearlyVariant(scale, decimals, false));
                variants.add(new YearlyVariant(scale, decimals, true));
            }
        }
        // all setups in one table to measure: their columns then line up
        return p.fit(variants, YEARLY_FONTS, -1, v -> {
            // the header in bold with the longest setup label, then every setup's rows
            String longest = "";
            for (SetupResult r : e.setups().values()) {
                longest = r.setup().label().length() > longest.length() ? r.setup().label() : longest;
            }
            List<List<String>> t = new ArrayList<>();
            t.add(yearHeader(longest, years, v.shortYears()));
            for (SetupResult r : e.setups().values()) {
                t.addAll(yearRows(r, v));
            }
            return t;
        });
    }

    /** How the yearly tables write their amounts and name their years. */
    record YearlyVariant(AmountScale scale, int decimals, boolean shortYears) {
    }

    private static List<String> yearHeader(String label, int years, boolean shortYears) {
        List<String> header = new ArrayList<>();
        header.add(label);
        for (int y = 1; y <= years; y++) {
            header.add((shortYears ? "Y" : "Year ") + y);
        }
        header.add("Total");
        return header;
    }

    /**
     * The category rows, the total and (self-hosted) the idle capacity of one setup. The Total
     * column is the engine's own sum of each category and its TCO, not a sum of the rounded years.
     */
    private List<List<String>> yearRows(SetupResult r, YearlyVariant v) {
        List<List<String>> rows = new ArrayList<>();
        for (Category c : Category.values()) {
            double[] monthly = r.category(c);
            if (r.categoryTotal(c) == 0 && allZero(monthly)) {
                continue;
            }
            rows.add(yearRow(c.label(), monthly, r.categoryTotal(c), v));
        }
        rows.add(yearRow("Total", r.total(), r.tco(), v));
        if (r.setup().selfHosted()) {
            double[] idle = r.idleCapacity();
            double idleTotal = 0;
            for (double x : idle) {
                idleTotal += x;
            }
            rows.add(yearRow("of which idle GPU capacity", idle, idleTotal, v));
        }
        return rows;
    }

    private static List<String> yearRow(String label, double[] monthly, double total, YearlyVariant v) {
        List<String> row = new ArrayList<>();
        row.add(label);
        for (double y : Years.sums(monthly)) {
            row.add(v.scale().format(y, v.decimals()));
        }
        row.add(v.scale().format(total, v.decimals()));
        return row;
    }

    /** "USD 1,234,568" in currency units, the number alone in a larger unit (the header names it). */
    private String amount(double v, AmountScale scale) {
        return scale == AmountScale.UNITS ? Formats.money(v, cur()) : scale.format(v);
    }

    private static final float[] SUMMARY_FONTS = {10, 9, 8};
    private static final float[] YEARLY_FONTS = {9.5f, 8.5f, 7.5f};

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** The cheapest options of the catalogue for this workload, and where their data is processed. */
    private void vendorRanking(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Options ranked for this workload", 18);
        p.paragraph("Every catalogued API model and self-hosted option (serving profile on a GPU offer), costed with "
                + "this scenario's workload, finance and operations settings; the " + VENDOR_ROWS + " cheapest by TCO.",
                p.regular, 9.5f, PdfLayout.MUTED);
        // the option's description gives way (cut with an ellipsis); the TCO and the dates never do
        PdfLayout.Fitted<AmountScale> table = p.fit(List.of(AmountScale.values()), VENDOR_FONTS, 0, scale -> {
            List<List<String>> t = new ArrayList<>();
            t.add(List.of("Option", "Kind", scale == AmountScale.UNITS ? "TCO" : "TCO, " + cur() + scale.words,
                    "Data processed in", "Prices as of"));
            int rank = 0;
            for (VendorComparison.Option o : vendors) {
                if (!o.usable() || rank == VENDOR_ROWS) {
                    continue;
                }
                rank++;
                t.add(List.of(rank + ". " + o.description(), o.kind().name().toLowerCase(java.util.Locale.ROOT),
                        amount(o.tco(), scale), o.residency().isEmpty() ? "not published" : String.join(", ", o.residency()),
                        o.asOf().toString()));
            }
            return t;
        });
        p.table(table.header(), table.rows(), table.widths(), new boolean[]{false, false, true, false, false},
                table.fontSize());
    }

    private static final float[] VENDOR_FONTS = {8, 7.5f};
    private static final float[] ASSUMPTION_FONTS = {8.5f, 8, 7.5f};
    private static final int VENDOR_ROWS = 25;

    private void assumptions(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Assumptions", 18);
        Scenario s = e.scenario();
        p.paragraph("Hosting: " + (s.hostingMode().label().equals("rent") ? "rented cloud GPUs" : "owned GPUs, "
                + (s.amortize() ? "accrual view (depreciation and capital charge)" : "cash view (purchases up front, residual value back)"))
                + ". Hybrid: " + (s.hasHybrid() ? s.hybridPolicy().label() : "none") + ".", p.regular, 10, PdfLayout.INK);
        List<List<String>> rows = new ArrayList<>();
        for (Input input : Input.values()) {
            if (!input.appliesTo(s.hostingMode(), s.hybridPolicy())) {
                continue;
            }
            double v = s.get(input);
            rows.add(List.of(input.label(), Double.isNaN(v) ? "none" : value(v),
                    input.unit().label(cur()), source(input)));
        }
        // the source column takes what the others leave, so values and units are never cut
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("Input", "Value", "Unit", "Source"));
        all.addAll(rows);
        PdfLayout.Fitted<String> table = p.fit(List.of("assumptions"), ASSUMPTION_FONTS, 3, v -> all);
        // the source column may hold a long catalogue id and a note: its cells wrap rather than being cut
        p.wrappedTable(table.header(), table.rows(), table.widths(), new boolean[]{false, true, false, false}, table.fontSize());
        p.paragraph(InputSource.legend(s.currency()) + " Currency: " + InputSource.currencyLine(s, catalogue) + ".",
                p.regular, 8.5f, PdfLayout.MUTED);
    }

    /** 8,000,000,000 for whole numbers, the exact decimal otherwise. */
    private static String value(double v) {
        return v == Math.rint(v) && Math.abs(v) >= 10_000 ? String.format(java.util.Locale.US, "%,.0f", v) : Scenario.format(v);
    }

    private String source(Input input) {
        return InputSource.words(InputSource.of(e.scenario(), input, catalogue), e.scenario().currency());
    }

    private void methodology(PdfLayout p) throws IOException {
        p.newPage();
        p.heading("Methodology in brief", 18);
        for (int i = 0; i < METHODOLOGY.length; i++) {
            // the uncertainty paragraph before the closing pointer to the full methodology
            if (i == METHODOLOGY.length - 1 && uncertainty != null) {
                p.paragraph(UncertaintyPages.METHODOLOGY, p.regular, 10, PdfLayout.INK);
            }
            p.paragraph(METHODOLOGY[i], p.regular, 10, PdfLayout.INK);
        }
    }

    private static final String[] METHODOLOGY = {
        "Months run from 1 to the horizon; a month is 730 hours. Token volumes grow by the monthly growth rate up to "
                + "the plateau. Yearly rates of change (prices, GPU prices) apply monthly; staff cost rises in yearly steps.",
        "Closed API: tokens at list prices, cached input at the cache price, batch traffic at the batch discount, plus "
                + "the platform fee and the staff who maintain the integration.",
        "Self-hosted: replicas are sized so that the peak load runs at the target utilization, never below the minimum, "
                + "plus redundant spares. Rented GPUs are billed 730 hours a month. Owned GPUs are bought as the fleet "
                + "grows and never sold: in the cash view purchases are paid up front and the book value comes back in "
                + "the last month; in the accrual view they are depreciated with a capital charge. Power, colocation "
                + "and maintenance follow the fleet.",
        "The hidden cost of running models yourself: operations staff (a base plus staff per GPU), setup in month 1, "
                + "upgrades at a fixed interval, tooling and other running costs. Idle capacity, the share of the GPU "
                + "bill that does no work, is shown beside the total, not added to it.",
        "Hybrid: a fixed share of tokens self-hosted (with all fixed costs of both sides), or a fixed fleet whose "
                + "overflow at peak goes to the API.",
        "Costs fall at the start of each month and are discounted monthly at the annual discount rate for the NPV. "
                + "Break-even: one-time costs (setup, upgrades, cash purchases) fall at the start of a month, the rest "
                + "accrues evenly, so the cumulative gap is followed within months; every crossing is found. "
                + "Break-even volumes compare steady monthly run-rates at month-1 prices, found exactly from the replica steps.",
        "The full methodology, with every formula and every choice made where the contract is silent, is in "
                + "docs/methodology.md and in the app (Help > Methodology).",
    };
}
