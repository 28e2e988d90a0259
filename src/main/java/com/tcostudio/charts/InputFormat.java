package com.tcostudio.charts;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * An input's value as people read it on a chart or in a report table: shares and rates of change
 * as percentages ("5% per month", "-50% per year", "30%"), ratios with an "x" ("3x"), amounts and
 * volumes in short form with their unit ("1.8 USD per GPU-hour", "150k USD per year",
 * "2bn tokens/month"). The scenario file keeps the raw numbers; this is only how they are shown,
 * so the tornado's rows, the what-if marks and the report's tables say the same thing.
 */
public final class InputFormat {
    /** Values below 1,000 keep this many significant digits: 2.41, 0.0125, 123. */
    static final int SIGNIFICANT_DIGITS = 3;

    private InputFormat() {
    }

    /** Whether the input is shown as a percentage (shares and rates of change). */
    public static boolean isPercent(Input input) {
        Unit u = input.unit();
        return u == Unit.SHARE || u == Unit.PER_MONTH_RATE || u == Unit.PER_YEAR_RATE;
    }

    /** The number alone, without the unit: "2.41", "5%", "150k", "3x". */
    public static String number(Input input, double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (isPercent(input)) {
            return plain(value * 100) + "%";
        }
        String n = Math.abs(value) >= 1000 ? ChartStyle.compactFormat().format(value) : plain(value);
        return input.unit() == Unit.RATIO ? n + "x" : n;
    }

    /** The unit shown after the number, empty where the number says it all (percent shares, ratios). */
    public static String unit(Input input, String currency) {
        switch (input.unit()) {
            case SHARE:
            case RATIO:
                return "";
            default:
                return input.unit().label(currency);
        }
    }

    /** "2.41 USD per GPU-hour", "5% per month", "30%". */
    public static String value(Input input, double value, String currency) {
        return withUnit(number(input, value), unit(input, currency));
    }

    /** "1.8 to 4 USD per GPU-hour", "-50% to 0% per year". */
    public static String range(Input input, double low, double high, String currency) {
        return withUnit(number(input, low) + " to " + number(input, high), unit(input, currency));
    }

    /** Tick labels of an axis carrying this input's values. */
    static NumberFormat axisFormat(Input input) {
        return isPercent(input) ? ChartStyle.decimal("0.##%") : ChartStyle.compactFormat();
    }

    /** The axis label: "GPU hourly price (USD per GPU-hour)", "Monthly growth (% per month)". */
    static String axisLabel(Input input, String currency) {
        String unit = unit(input, currency);
        if (isPercent(input)) {
            unit = unit.isEmpty() ? "%" : "% " + unit;
        } else if (input.unit() == Unit.RATIO) {
            unit = "x";
        }
        return input.label() + " (" + unit + ")";
    }

    private static String withUnit(String number, String unit) {
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A few significant digits, trailing zeros dropped, US separators. */
    private static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP));
        NumberFormat f = ChartStyle.decimal("#,##0");
        f.setMaximumFractionDigits(Math.max(0, rounded.stripTrailingZeros().scale()));
        return f.format(rounded.doubleValue());
    }
}
