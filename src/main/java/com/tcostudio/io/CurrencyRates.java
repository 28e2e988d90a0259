package com.tcostudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped reference exchange rates: one table of a stated date and source (the ECB's euro
 * reference rates), turned into units of each currency per 1 USD, which is how a scenario states
 * its rate ({@code currency.perUsd}). The app offers them; a rate the user types instead is theirs.
 */
public final class CurrencyRates {
    /** Rates closer than this (relative) are the same rate: a file keeps 4 to 6 significant digits. */
    private static final double SAME_RATE = 5e-4;
    private static final String RESOURCE = "/com/tcostudio/io/currency-rates.json";

    /** One currency's rate: units per 1 USD, with the date and source of the figure it comes from. */
    public record Rate(String code, double perUsd, LocalDate date, String source) {
    }

    private static final List<Rate> SHIPPED = load();

    private CurrencyRates() {
    }

    /** USD first (1 per USD, by definition), then every shipped currency by code. */
    public static List<Rate> all() {
        return SHIPPED;
    }

    /** The shipped rate of a currency. */
    public static Optional<Rate> of(String code) {
        return SHIPPED.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The shipped rate a scenario's rate is (to the digits a file keeps); empty for a rate of the user's. */
    public static Optional<Rate> matching(String code, double perUsd) {
        return of(code).filter(r -> Math.abs(r.perUsd() - perUsd) <= SAME_RATE * r.perUsd());
    }

    private static List<Rate> load() {
        try (InputStream in = CurrencyRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the currency rates " + RESOURCE + " are missing from this build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            LocalDate date = LocalDate.parse(root.get("date").asText());
            String source = root.get("source").asText() + " of " + date;
            JsonNode perEur = root.get("perEur");
            double usdPerEur = perEur.get("USD").asDouble();
            List<Rate> rates = new ArrayList<>();
            rates.add(new Rate("USD", 1.0, date, "US dollar: the catalogue's own currency"));
            // the ECB quotes every currency against the euro; the euro itself is 1 per EUR
            rates.add(new Rate("EUR", 1 / usdPerEur, date, source));
            for (Iterator<Map.Entry<String, JsonNode>> it = perEur.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("USD")) {
                    rates.add(new Rate(e.getKey(), e.getValue().asDouble() / usdPerEur, date, source));
                }
            }
            rates.subList(1, rates.size()).sort(Comparator.comparing(Rate::code));
            return List.copyOf(rates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
