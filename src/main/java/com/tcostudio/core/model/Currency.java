package com.tcostudio.core.model;

/**
 * The scenario's currency: every amount in a scenario is in it. Catalogue prices are USD and are
 * converted with {@code perUsd} (units of this currency per 1 USD) when a catalogue id is resolved.
 */
public record Currency(String code, double perUsd) {
    public static final Currency USD = new Currency("USD", 1.0);

    public Currency {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidScenarioException("currency.code", "must be a three-letter ISO 4217 code such as USD (was " + code + ")");
        }
        if (!(perUsd > 0) || Double.isInfinite(perUsd)) {
            throw new InvalidScenarioException("currency.perUsd", "must be greater than zero (was " + perUsd + ")");
        }
    }
}
