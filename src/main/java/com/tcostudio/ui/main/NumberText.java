package com.tcostudio.ui.main;

import com.tcostudio.charts.CompactNumberFormat;
import com.tcostudio.core.model.Scenario;

import java.util.Locale;

import java.util.OptionalDouble;

/**
 * Numbers as typed into a field: plain ("2500000000"), with thousands separators ("2,500,000,000"
 * or "2 500 000 000"), in exponent form ("2.5e9") or with a k/M/bn/tn suffix ("2.5bn", as the charts print it). Empty text is
 * "no value". The decimal separator is the dot, as in the scenario files.
 */
public final class NumberText {
    private NumberText() {
    }

    public static OptionalDouble parse(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace(" ", "").replace("_", "");
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            // a suffix as the charts and reports print it (12.5k, 3M, 2.5bn, 1tn): the one compact
            // parser reads it; k, bn and tn in any case, M in capitals (m is not a million)
            String suffixed = t.endsWith("M") ? t : t.toLowerCase(Locale.ROOT);
            return OptionalDouble.of(CompactNumberFormat.parseWhole(suffixed));
        }
    }

    /** The text a field shows for a value: exact, without exponent for ordinary sizes. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        String plain = Scenario.format(value);
        // whole numbers of five digits or more get thousands separators: 8,000,000,000 reads at a glance
        if (value == Math.rint(value) && Math.abs(value) >= 10_000 && Math.abs(value) < 1e18) {
            return String.format(java.util.Locale.US, "%,d", (long) value);
        }
        return plain;
    }
}
