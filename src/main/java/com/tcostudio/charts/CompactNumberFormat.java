package com.tcostudio.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The one short form of numbers, on axes, cards, tables and reports alike: 950, 12.5k, 1.2M,
 * 3.75bn, 2tn. Up to {@code maxDecimals} decimals, trailing zeros dropped, so that the 1-2-5 tick
 * steps of an axis stay exact (1.25M, not 1.3M). Finance style: "bn" and "tn" rather than the SI
 * "G" and "T". {@link #parse(String, ParsePosition)} reads back what it prints. (The JDK's
 * {@code java.text.CompactNumberFormat} was the candidate, but it picks the suffix before rounding
 * and has no way to say "12.5k" and "3.75bn" with one set of patterns and fraction digits.)
 */
public final class CompactNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    /** Largest first; the suffix of each scale at the same index. */
    private static final double[] SCALES = {1e12, 1e9, 1e6, 1e3};
    private static final String[] SUFFIXES = {"tn", "bn", "M", "k"};

    private final int maxDecimals;
    private final String separator;

    /**
     * @param maxDecimals decimals kept at most after scaling
     * @param separator put between the number and its suffix ("" on axes, " " in sentences)
     */
    public CompactNumberFormat(int maxDecimals, String separator) {
        this.maxDecimals = maxDecimals;
        this.separator = separator;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return toAppendTo.append(number);
        }
        double abs = Math.abs(number);
        // the smallest scale at which the rounded number stays below 1000: 999.4 stays 999.4, while
        // 999,999.7 is 1M and not 1000k (it rounds to 1000 in thousands)
        if (round(abs) < 1000) {
            return toAppendTo.append(plain(number));
        }
        for (int i = SCALES.length - 1; i > 0; i--) {
            if (round(abs / SCALES[i]) < 1000) {
                return toAppendTo.append(plain(number / SCALES[i])).append(separator).append(SUFFIXES[i]);
            }
        }
        return toAppendTo.append(plain(number / SCALES[0])).append(separator).append(SUFFIXES[0]);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /**
     * Reads a number as this format prints it, from {@code parsePosition}: digits with optional
     * thousands commas and a decimal point, then optionally a space and one of k, M, bn, tn (k, bn
     * and tn in either case). Returns null, with the error index set, when there is no number there.
     */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        int start = parsePosition.getIndex();
        int i = start;
        StringBuilder digits = new StringBuilder();
        if (i < source.length() && (source.charAt(i) == '-' || source.charAt(i) == '+')) {
            digits.append(source.charAt(i++));
        }
        boolean any = false;
        boolean point = false;
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                any = true;
            } else if (c == '.' && !point) {
                digits.append(c);
                point = true;
            } else if (c != ',' || !any || point) {
                break;
            }
        }
        if (!any) {
            parsePosition.setErrorIndex(start);
            return null;
        }
        double value = Double.parseDouble(digits.toString());
        int afterNumber = i;
        int j = i < source.length() && source.charAt(i) == ' ' ? i + 1 : i;
        for (int k = 0; k < SUFFIXES.length; k++) {
            String suffix = SUFFIXES[k];
            boolean anyCase = !suffix.equals("M");
            if (source.regionMatches(anyCase, j, suffix, 0, suffix.length())) {
                parsePosition.setIndex(j + suffix.length());
                return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(SCALES[k])).doubleValue();
            }
        }
        parsePosition.setIndex(afterNumber);
        return value;
    }

    /** The whole text as a compact number ("12.5k", "2 tn", "1,250"), or NaN when it is not one. */
    public static double parseWhole(String text) {
        String t = text.strip();
        ParsePosition at = new ParsePosition(0);
        Number n = SHORT.parse(t, at);
        return n == null || at.getIndex() != t.length() ? Double.NaN : n.doubleValue();
    }

    /** 12.5k, 3.75bn: two decimals, no space. */
    public static String compact(double v) {
        return SHORT.format(v);
    }

    /** 12.5 k, 3.75 bn: two decimals, a space before the suffix, for sentences with a unit after. */
    public static String compactWithSpace(double v) {
        return SPACED.format(v);
    }

    private static final CompactNumberFormat SHORT = new CompactNumberFormat(2, "");
    private static final CompactNumberFormat SPACED = new CompactNumberFormat(2, " ");

    private double round(double v) {
        return BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounded as {@link #round} rounds (the shortest decimal of the double, half up), so both agree at ties. */
    private String plain(double v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMaximumFractionDigits(maxDecimals);
        String s = f.format(BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP));
        return "-0".equals(s) ? "0" : s;
    }
}
