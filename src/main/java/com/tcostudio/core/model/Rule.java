package com.tcostudio.core.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The validity rule of a numeric scenario input: the domain the method needs (a share lies in
 * 0..1, a utilization above 0) narrowed to a plausible range, chosen generously above any real
 * case. The upper bounds are there so that a typo such as {@code 1e99} is refused instead of
 * turning every card into a 100-digit number, and so that every product the engine forms stays
 * a finite double: with all inputs in range, no output can overflow. Every rule refuses NaN and
 * infinity.
 *
 * <p>Money bounds are written in USD and scale with the scenario's {@code currency.perUsd}: a
 * price per million tokens of at most 10,000 USD is at most 160,000,000 in a currency at 16,000
 * per USD. Where no currency is known ({@link #accepts(double)}, {@link #clip(double)},
 * {@link #max()}) the bound of the weakest currency allowed ({@link Currency#MAX_PER_USD}) holds.
 */
public enum Rule {
    HORIZON(1, 120, false, false, "must be a whole number of months from 1 to 120", ""),
    /** Yearly rates: the method needs more than -1 (-100% wipes the quantity out). */
    RATE_PER_YEAR(-0.99, 10, false, false, null,
            " (-99% to +1,000% a year; the method needs more than -1, beyond these it is taken for a typo)"),
    /** Monthly growth: halving every month to doubling every month. */
    GROWTH_PER_MONTH(-0.5, 1, false, false, null,
            " (from halving to doubling every month; the method needs more than -1, beyond these it is taken for a typo)"),
    SHARE(0, 1, false, false, "must be a share between 0 and 1", ""),
    UTILIZATION(0.001, 1, false, false, null,
            " (the method needs more than 0; below 0.001 is taken for a typo)"),
    /** Token volumes: none at all, or at least one token a month. */
    TOKENS_PER_MONTH(1, 1e16, true, false, null, ""),
    PEAK_TO_AVERAGE(1, 1_000, false, false, null, ""),
    THROUGHPUT(1, 1e9, false, false, null,
            " tokens a second (the method needs more than 0; below 1 is taken for a typo)"),
    GPUS_PER_REPLICA(1, 1_024, false, false, null, ""),
    REPLICAS(0, 100_000, false, false, null, ""),
    UPGRADE_INTERVAL(0, 120, false, false, null, " months (0 for none)"),
    DEPRECIATION_MONTHS(1, 240, false, false, null, " months"),
    FTE(0, 10_000, false, false, null, ""),
    FTE_PER_GPU(0, 10, false, false, null, ""),
    PERSON_MONTHS(0, 100_000, false, false, null, ""),
    /** Maintenance a year as a share of purchases. */
    SHARE_PER_YEAR(0, 1, false, false, null, ""),
    POWER_WATTS(0, 100_000, false, false, null, " W"),
    PUE(1, 5, false, false, null, ""),
    PRICE_PER_MTOK(0, 10_000, false, true, null, ""),
    MONEY_PER_MONTH(0, 1e9, false, true, null, ""),
    COST_PER_FTE_YEAR(0, 1e7, false, true, null, ""),
    ONE_TIME_COST(0, 1e10, false, true, null, ""),
    GPU_HOURLY(0, 1_000, false, true, null, ""),
    CAPEX_PER_GPU(0, 1e7, false, true, null, ""),
    ENERGY_PER_KWH(0, 100, false, true, null, ""),
    COLOCATION_PER_GPU_MONTH(0, 1e6, false, true, null, "");

    /** From here on, bounds are written in exponent form ("1e16"), which the fields accept too. */
    private static final double EXPONENT_FROM = 1e13;

    private final double min;
    private final double max;
    private final boolean zeroAlso;
    private final boolean money;
    private final String fixedWords;
    private final String note;

    Rule(double min, double max, boolean zeroAlso, boolean money, String fixedWords, String note) {
        this.min = min;
        this.max = max;
        this.zeroAlso = zeroAlso;
        this.money = money;
        this.fixedWords = fixedWords;
        this.note = note;
    }

    /**
     * The rule in words for the format page and tooltips, e.g. "must be from 0 to 1,000 (USD,
     * times currency.perUsd in another currency)".
     */
    public String words() {
        return money ? range(max) + " (USD; times currency.perUsd in another currency)" : range(max);
    }

    /** The rule in words for a scenario in this currency, with the bound converted. */
    public String words(Currency currency) {
        if (!money || currency.perUsd() == 1.0) {
            return range(max(currency.perUsd()));
        }
        return range(max(currency.perUsd())) + " (" + show(max) + " USD at " + show(currency.perUsd())
                + " " + currency.code() + " per USD)";
    }

    private String range(double upper) {
        if (fixedWords != null) {
            return fixedWords;
        }
        String from = "must be from " + show(min) + " to " + show(upper);
        return (zeroAlso ? from.replace("must be ", "must be 0, or ") : from) + note;
    }

    /** Whether values of this rule are amounts of money, whose upper bound scales with the currency. */
    public boolean isMoney() {
        return money;
    }

    /** Whether the value is valid in some allowed currency (the weakest one for money bounds). */
    public boolean accepts(double value) {
        return accepts(value, Currency.MAX_PER_USD);
    }

    /** Whether the value is valid for a scenario whose currency is worth {@code perUsd} per USD. */
    public boolean accepts(double value, double perUsd) {
        if (!Double.isFinite(value)) {
            return false;
        }
        if (zeroAlso && value == 0) {
            return true;
        }
        return value >= min && value <= max(perUsd);
    }

    /**
     * The nearest valid value (in the weakest currency for money bounds), used to clip Monte Carlo
     * samples and what-if ranges. A volume between 0 and the least non-zero one goes to the nearer
     * of the two. NaN stays NaN, for the caller's validation to refuse.
     */
    public double clip(double value) {
        double lo = min;
        if (Double.isNaN(value)) {
            return value;
        }
        if (zeroAlso && value < lo) {
            return value < lo / 2 ? 0 : lo;
        }
        return Math.max(lo, Math.min(max(), value));
    }

    /** The nearest valid value for a currency worth {@code perUsd} per USD (see {@link #clip(double)}). */
    public double clip(double value, double perUsd) {
        return Math.min(clip(value), max(perUsd));
    }

    /** The lowest valid value (0 for a volume that may be zero). */
    public double min() {
        return zeroAlso ? 0 : min;
    }

    /** The upper bound in the weakest allowed currency (see {@link #max(double)}). */
    public double max() {
        return max(Currency.MAX_PER_USD);
    }

    /** The upper bound for a currency worth {@code perUsd} per USD; the same for every currency when not money. */
    public double max(double perUsd) {
        return money ? max * perUsd : max;
    }

    /** A bound as the format page writes it: "10,000", "0.001", "1e16". */
    static String show(double v) {
        if (Math.abs(v) >= EXPONENT_FROM) {
            return exponent(v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Scenario.format(v);
    }

    /** "1e16", "1.6e11": mantissa without trailing zeros. */
    static String exponent(double v) {
        String s = String.format(Locale.ROOT, "%.15e", v);
        int e = s.indexOf('e');
        String mantissa = new BigDecimal(s.substring(0, e)).stripTrailingZeros().toPlainString();
        int exp = Integer.parseInt(s.substring(e + 1));
        return mantissa + "e" + exp;
    }
}
