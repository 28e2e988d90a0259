package com.tcostudio.ui.portfolio;

import com.tcostudio.report.Formats;

/** Throughputs in a sentence: "8,000", "1.2M". */
final class NumberTextOf {
    private NumberTextOf() {
    }

    static String of(double v) {
        return v >= 1e6 ? Formats.compact(v) : Formats.count(Math.round(v));
    }
}
