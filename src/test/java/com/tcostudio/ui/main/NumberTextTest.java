package com.tcostudio.ui.main;

import com.tcostudio.charts.CompactNumberFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberTextTest {
    private static final double EXACT = 0;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2500000000     | 2.5e9
            2,500,000,000  | 2.5e9
            2 500 000 000  | 2.5e9
            2.5e9          | 2.5e9
            2.5bn          | 2.5e9
            2.5BN          | 2.5e9
            12.5k          | 12500
            12.5K          | 12500
            3M             | 3e6
            1.25tn         | 1.25e12
            0.3            | 0.3
            """)
    void readsWhatPeopleTypeAndWhatTheChartsPrint(String text, double expected) {
        assertEquals(expected, NumberText.parse(text).getAsDouble(), EXACT);
    }

    @ParameterizedTest
    @ValueSource(doubles = {999_999.7, 12_500, 3.75e9, 1.5e12, 42})
    void readsBackTheCompactFormOfAnyAmount(double v) {
        String shown = CompactNumberFormat.compact(v);
        assertEquals(CompactNumberFormat.parseWhole(shown), NumberText.parse(shown).getAsDouble(), EXACT, shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "3m", "1.2.3k", "k"})
    void anythingElseIsNotANumber(String text) {
        assertTrue(Double.isNaN(NumberText.parse(text).getAsDouble()), text);
    }
}
