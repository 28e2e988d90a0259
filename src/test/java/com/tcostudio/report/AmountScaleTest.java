package com.tcostudio.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountScaleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UNITS     | 1234567.4  | 0 | 1,234,567
            THOUSANDS | 1234567.4  | 0 | 1,235
            MILLIONS  | 1234567.4  | 1 | 1.2
            MILLIONS  | 250000     | 1 | 0.3
            MILLIONS  | 250000     | 0 | 0
            BILLIONS  | 1.2123e12  | 0 | 1,212
            BILLIONS  | -4.56e9    | 1 | -4.6
            """)
    void amountsAreWrittenInTheirUnit(AmountScale scale, double amount, int decimals, String expected) {
        // e.g. 1,234,567.4 / 1e6 = 1.2345674 -> "1.2"; 250,000 / 1e6 = 0.25 -> "0.3" (half up), "0"
        assertEquals(expected, scale.format(amount, decimals));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UNITS     | UNITS, THOUSANDS, MILLIONS, BILLIONS
            MILLIONS  | MILLIONS, BILLIONS
            BILLIONS  | BILLIONS
            """)
    void largerScalesFollowInOrder(AmountScale from, String expected) {
        assertEquals(expected, String.join(", ", from.andLarger().stream().map(Enum::name).toList()));
        assertEquals(List.of(AmountScale.values()).subList(from.ordinal(), AmountScale.values().length), from.andLarger());
    }
}
