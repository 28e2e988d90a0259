package com.tcostudio.io;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrencyRatesTest {
    /** The shipped figures have 4 to 6 significant digits: divisions are checked to 1e-12. */
    private static final double EXACT_DIVISION = 1e-12;

    @Test
    void theEuroAndOtherCurrenciesArePerUsdFromTheEcbPerEurFigures() {
        // ECB 2024-06-28: 1 EUR = 1.0705 USD, so 1 USD = 1 / 1.0705 = 0.934143... EUR
        CurrencyRates.Rate eur = CurrencyRates.of("EUR").orElseThrow();
        assertEquals(1 / 1.0705, eur.perUsd(), EXACT_DIVISION);
        assertEquals(LocalDate.of(2024, 6, 28), eur.date());
        assertTrue(eur.source().startsWith("European Central Bank"), eur.source());
        // 1 EUR = 171.94 JPY, so 1 USD = 171.94 / 1.0705 = 160.616... JPY
        assertEquals(171.94 / 1.0705, CurrencyRates.of("JPY").orElseThrow().perUsd(), EXACT_DIVISION);
        // 1 EUR = 0.84638 GBP, so 1 USD = 0.84638 / 1.0705 = 0.790640... GBP
        assertEquals(0.84638 / 1.0705, CurrencyRates.of("GBP").orElseThrow().perUsd(), EXACT_DIVISION);
        assertEquals(1.0, CurrencyRates.of("USD").orElseThrow().perUsd());
        assertEquals("USD", CurrencyRates.all().get(0).code());
    }

    @Test
    void aRateWrittenWithFewerDigitsIsStillTheShippedOneButAnotherRateIsTheUsers() {
        // 0.9341 is 1 / 1.0705 = 0.934143 to four digits
        assertTrue(CurrencyRates.matching("EUR", 0.9341).isPresent());
        assertTrue(CurrencyRates.matching("EUR", 0.92).isEmpty());
        assertTrue(CurrencyRates.matching("XYZ", 1).isEmpty());
    }
}
