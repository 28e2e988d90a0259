package com.tcostudio.core.model;

/**
 * The scenario's currency: every amount in a scenario is in it. Catalogue prices are USD and are
 * converted with {@code perUsd} (units of this currency per 1 USD) when a catalogue id is resolved.
 */
public record Currency(String code, double perUsd) {
    /**
     * The range of {@code perUsd}: generous around every currency in use (a Kuwaiti dinar is about
     * 0.3 per USD, an Iranian rial about a million), so that a converted price stays finite.
     */
    public static final double MIN_PER_USD = 0.001;
    public static final double MAX_PER_USD = 1e7;
    public static final Currency USD = new Currency("USD", 1.0);

    public Currency {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidScenarioException("currency.code", "must be a three-letter ISO 4217 code such as USD (was "
                    + (code == null ? "missing" : "\"" + UserText.shown(code) + "\"") + ")");
        }
        if (!(perUsd >= MIN_PER_USD && perUsd <= MAX_PER_USD)) {
            throw new InvalidScenarioException("currency.perUsd", "must be from 0.001 to 10,000,000 units of the currency per USD (was "
                    + Scenario.format(perUsd) + ")");
        }
    }
}
