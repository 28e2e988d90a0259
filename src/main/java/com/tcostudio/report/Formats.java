package com.tcostudio.report;

import com.tcostudio.charts.CompactNumberFormat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers are shown to people: money with the currency code and thousands separators, token
 * volumes in millions or billions, months with one decimal. One place, so that cards, tables and
 * reports say the same thing the same way.
 */
public final class Formats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Formats() {
    }

    /** "USD 1,234,568" (whole units). */
    public static String money(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return "n/a";
        }
        return currency + " " + new DecimalFormat("#,##0", SYMBOLS).format(amount);
    }

    /** "USD 1.23M", "USD 350k", "USD 912" for cards and axes. */
    public static String compactMoney(double amount, String currency) {
        return Double.isFinite(amount) ? currency + " " + compact(amount) : "n/a";
    }

    /** 1.23M, 12.5k, 4.5bn, 912: the charts' compact form, the one of the whole application. */
    public static String compact(double v) {
        return CompactNumberFormat.compact(v);
    }

    /** "2.4 bn tokens/month". */
    public static String tokensPerMonth(double v) {
        return Double.isFinite(v) ? CompactNumberFormat.compactWithSpace(v) + " tokens/month" : "n/a";
    }

    /** "month 14.3" (a fractional month: 14.3 = a third of the way into month 15). */
    public static String month(double m) {
        return "month " + oneDecimal(m);
    }

    /** "10,000". */
    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /** "14.3": one decimal, dropped when zero. */
    public static String oneDecimal(double v) {
        return new DecimalFormat("0.#", SYMBOLS).format(v);
    }

    /** "37%". */
    public static String percent(double share) {
        return new DecimalFormat("0%", SYMBOLS).format(share);
    }

    /**
     * A probability in words: "73%"; never "0%" or "100%" for what happened in some but not all
     * cases ("less than 1%", "more than 99%"), which would read as impossible or certain.
     */
    public static String probability(double share) {
        if (share > 0 && share < 0.005) {
            return "less than 1%";
        }
        if (share < 1 && share >= 0.995) {
            return "more than 99%";
        }
        return percent(share);
    }

    /** A share of samples with one decimal where it is small: "0.4%", "12.5%", "0%". */
    public static String smallPercent(double share) {
        return new DecimalFormat("0.#%", SYMBOLS).format(share);
    }

    /** "1 simulated case", "10,000 simulated cases". */
    public static String count(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** A multiple of today's volume: "2.4 times", "1.34 times", "10,000 times" (two decimals at most). */
    public static String multiple(double k) {
        return Double.isFinite(k) ? new DecimalFormat("#,##0.##", SYMBOLS).format(k) + " times" : "n/a";
    }

    /** "USD 0.21" per million tokens: cents matter at this scale. */
    public static String unitPrice(double amount, String currency) {
        return Double.isFinite(amount) ? currency + " " + new DecimalFormat("#,##0.00", SYMBOLS).format(amount) : "n/a";
    }

    /** A number with a pattern in the house locale (for {@link MoneyUnit}). */
    static String pattern(double v, String pattern) {
        return new DecimalFormat(pattern, SYMBOLS).format(v);
    }
}
