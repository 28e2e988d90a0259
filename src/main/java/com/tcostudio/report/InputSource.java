package com.tcostudio.report;

import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.CurrencyRates;

import java.util.Optional;

/**
 * Where an input's number comes from, for the assumptions of reports and workbooks and for the
 * app's override markers: the catalogue entry the scenario names (converted from USD at the
 * scenario's rate when it is money), or the scenario file itself. A scenario names an entry for
 * a slot even when the file writes some of its numbers (a EUR price list): a number is credited
 * to the catalogue only when it is the catalogue's, converted at the scenario's rate.
 */
public final class InputSource {
    /** Catalogue and scenario numbers closer than this (relative) are the same number. */
    private static final double SAME_NUMBER = 1e-9;

    /** How a number came to be. */
    public enum Kind {
        /** Written in the scenario file (or typed), in the scenario's currency. */
        FILE,
        /** The catalogue entry's number, not money or in USD: copied as it is. */
        CATALOGUE,
        /** The catalogue entry's USD amount, converted at the scenario's rate. */
        CONVERTED,
        /** The scenario names an entry the catalogue at hand does not have: the number cannot be traced. */
        UNTRACED
    }

    /** @param ref the entry the scenario names for this input's slot; null for none */
    public record Source(Kind kind, CatalogueRef ref) {
    }

    private InputSource() {
    }

    /** The catalogue entry the scenario names for the slot that fills this input. */
    static Optional<CatalogueRef> namedEntry(Scenario s, Input input) {
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            Optional<CatalogueRef> ref = s.catalogueRef(slot);
            if (slot.fills().contains(input) && ref.isPresent()) {
                return ref;
            }
        }
        return Optional.empty();
    }

    /** The catalogue's number in the scenario's currency: money converted from USD at its rate. */
    public static double inScenarioCurrency(double catalogueValue, Input input, Currency currency) {
        return input.unit().isMoney() ? catalogueValue * currency.perUsd() : catalogueValue;
    }

    /** Whether two numbers are the same to the last digits a file or a conversion may change. */
    public static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME_NUMBER * Math.max(1, Math.abs(b));
    }

    public static Source of(Scenario s, Input input, CatalogueLookup catalogue) {
        Optional<CatalogueRef> ref = namedEntry(s, input);
        if (ref.isEmpty()) {
            return new Source(Kind.FILE, null);
        }
        CatalogueSlot slot = slotOf(input);
        Optional<CatalogueLookup.Entry> entry = catalogue.find(slot, ref.get().id());
        if (entry.isEmpty()) {
            return new Source(Kind.UNTRACED, ref.get());
        }
        Double value = entry.get().values().get(input);
        if (value == null || !same(s.get(input), inScenarioCurrency(value, input, s.currency()))) {
            return new Source(Kind.FILE, ref.get());
        }
        boolean converted = input.unit().isMoney() && s.currency().perUsd() != 1;
        return new Source(converted ? Kind.CONVERTED : Kind.CATALOGUE, ref.get());
    }

    private static CatalogueSlot slotOf(Input input) {
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            if (slot.fills().contains(input)) {
                return slot;
            }
        }
        throw new IllegalArgumentException(input + " is filled by no catalogue slot");
    }

    /**
     * The source column of the assumptions, short enough for a table cell: "scenario file" for a
     * number the file wrote (even beside a named entry), the entry and its price date, and
     * "USD x 0.92: " before it when its USD price was converted at the scenario's rate.
     */
    public static String words(Source source, Currency currency) {
        String entry = source.ref() == null ? "" : source.ref().id()
                + (source.ref().asOf() == null ? "" : " (" + source.ref().asOf() + ")");
        return switch (source.kind()) {
            case FILE -> "scenario file";
            case CATALOGUE -> entry;
            // the conversion first: a narrow cell cuts the date rather than the fact
            case CONVERTED -> "USD x " + Scenario.format(currency.perUsd()) + ": " + entry;
            case UNTRACED -> "scenario file (" + source.ref().id() + " not in catalogue)";
        };
    }

    /** The note under the assumptions table: what the source column's words mean. */
    public static String legend(Currency currency) {
        return "Source: \"scenario file\" is a number written in the scenario file, in " + currency.code()
                + ", even beside a catalogue entry; otherwise the catalogue entry it is, with the date of its prices in "
                + "brackets" + (currency.perUsd() == 1 ? "" : ", and \"USD x " + Scenario.format(currency.perUsd())
                + "\" where its USD price was converted at the scenario's rate") + ".";
    }

    /**
     * The currency line of a report: the code, and whether any number was converted from the USD
     * catalogue, at which rate and from where the rate comes (a shipped reference rate, or the
     * scenario's own).
     */
    public static String currencyLine(Scenario s, CatalogueLookup catalogue) {
        Currency c = s.currency();
        long converted = java.util.Arrays.stream(Input.values())
                .filter(i -> i.appliesTo(s.hostingMode(), s.hybridPolicy()))
                .filter(i -> of(s, i, catalogue).kind() == Kind.CONVERTED).count();
        if (c.perUsd() == 1 && c.code().equals("USD")) {
            return "USD";
        }
        String rate = Scenario.format(c.perUsd()) + " " + c.code() + " per USD, "
                + CurrencyRates.matching(c.code(), c.perUsd()).map(r -> "the " + r.source())
                .orElse("the scenario's own rate");
        return converted == 0
                ? c.code() + ". Every amount as written in the scenario; no catalogue price converted (rate: " + rate + ")"
                : c.code() + ". " + converted + (converted == 1 ? " catalogue price" : " catalogue prices")
                + " converted from USD at " + rate + " (marked in Assumptions); every other amount as written in the scenario";
    }
}
