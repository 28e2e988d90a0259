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
 * Short numbers for axis ticks and labels: 950, 12.5k, 1.2M, 3.75bn, 2tn. Up to {@code maxDecimals}
 * decimals, trailing zeros dropped, so that the 1-2-5 tick steps of an axis stay exact (1.25M, not 1.3M).
 * Finance style: "bn" and "tn" rather than the SI "G" and "T".
 */
final class CompactNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final double[] SCALES = {1e12, 1e9, 1e6, 1e3};
    private static final String[] SUFFIXES = {"tn", "bn", "M", "k"};

    private final int maxDecimals;
    private final String separator;

    /**
     * @param maxDecimals decimals kept at most after scaling
     * @param separator put between the number and its suffix ("" on axes, " " in sentences)
     */
    CompactNumberFormat(int maxDecimals, String separator) {
        this.maxDecimals = maxDecimals;
        this.separator = separator;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return toAppendTo.append(number);
        }
        double abs = Math.abs(number);
        for (int i = 0; i < SCALES.length; i++) {
            // round first, so that 999,999.7 becomes 1M rather than 1000k
            if (round(abs / SCALES[i]) >= 1) {
                String digits = plain(number / SCALES[i]);
                if (i > 0 && round(abs / SCALES[i]) >= 1000) {
                    digits = plain(number / SCALES[i - 1]);
                    return toAppendTo.append(digits).append(separator).append(SUFFIXES[i - 1]);
                }
                return toAppendTo.append(digits).append(separator).append(SUFFIXES[i]);
            }
        }
        return toAppendTo.append(plain(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("compact numbers are for display only");
    }

    private double round(double v) {
        return BigDecimal.valueOf(v).setScale(maxDecimals, RoundingMode.HALF_UP).doubleValue();
    }

    private String plain(double v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(v);
        return "-0".equals(s) ? "0" : s;
    }
}
