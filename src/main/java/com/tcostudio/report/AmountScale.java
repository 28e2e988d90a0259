package com.tcostudio.report;

import java.util.List;
import java.util.Locale;

/**
 * How a table shows its amounts: whole currency units without the code, which the header names
 * ("1,062,129"), or thousands, millions or billions where the units would not fit a column (long
 * horizons, large enterprises, currencies such as JPY). The header then says the unit
 * ("USD thousands"). Tables try the scales in order and keep the first that fits
 * ({@link PdfLayout#columnWidths}).
 */
enum AmountScale {
    UNITS(1, ""), THOUSANDS(1e3, " thousands"), MILLIONS(1e6, " millions"), BILLIONS(1e9, " billions");

    /** Nine digits and more are too wide for a column of a few; where no width is measured, switch there. */
    static final double TOO_WIDE = 1e8;

    final double divisor;
    final String words;

    AmountScale(double divisor, String words) {
        this.divisor = divisor;
        this.words = words;
    }

    /** The first scale at which every amount has fewer than nine digits. */
    static AmountScale of(List<Double> amounts) {
        double max = 0;
        for (double v : amounts) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        for (AmountScale s : values()) {
            if (max / s.divisor < TOO_WIDE) {
                return s;
            }
        }
        return BILLIONS;
    }

    /** The scales from this one up: the candidates a table tries after this one does not fit. */
    List<AmountScale> andLarger() {
        return List.of(values()).subList(ordinal(), values().length);
    }

    /** "1,062" in thousands; "n/a" for what is not a number. */
    String format(double v) {
        return format(v, 0);
    }

    /** "1,062.4" in thousands with one decimal. */
    String format(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.US, "%,." + decimals + "f", v / divisor) : "n/a";
    }
}
