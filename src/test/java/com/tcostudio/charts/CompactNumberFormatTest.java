package com.tcostudio.charts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompactNumberFormatTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,              0
            950,            950
            12500,          12.5k
            350000,         350k
            1200000,        1.2M
            1250000,        1.25M
            999999.7,       1M
            -1500000,       -1.5M
            3750000000,     3.75bn
            1000000000000,  1tn
            0.25,           0.25
            """)
    void axisNumbersAreShortAndExact(double value, String expected) {
        assertEquals(expected, ChartStyle.compactFormat().format(value));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            3764496820,   3.8 bn
            13800000000,  13.8 bn
            2500000,      2.5 M
            """)
    void sentenceNumbersHaveOneDecimalAndASpace(double value, String expected) {
        assertEquals(expected, ChartStyle.compactWordsFormat().format(value));
    }
}
