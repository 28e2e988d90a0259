package com.tcostudio.charts;

import com.tcostudio.report.Formats;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.ParsePosition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one compact format: what the charts, the report and the app print, and reading it back. */
class CompactNumberParseTest {
    private static final double EXACT = 0;
    /**
     * Two decimals are kept after scaling, so printing and reading back moves a value by at most
     * half a unit of the second decimal of its scale: 0.005 x 1,000 for "12.35k". A little more
     * allows for the binary product of the scaled digits (1.25 x 1e9).
     */
    private static final double ROUND_TRIP_SHARE_OF_SCALE = 0.005 + 1e-12;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            999999.7      | 1M
            12500         | 12.5k
            12000         | 12k
            9999          | 10k
            999.4         | 999.4
            999.996       | 1k
            995000        | 995k
            999995        | 1M
            1234          | 1.23k
            -12500        | -12.5k
            2400000000    | 2.4bn
            1000000000000 | 1tn
            5286000000000000 | 5,286tn
            0             | 0
            """)
    void theReportPrintsWhatTheChartsPrint(double value, String expected) {
        assertEquals(expected, Formats.compact(value));
        assertEquals(expected, ChartStyle.compactFormat().format(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1M       | 1000000
            12.5k    | 12500
            12.5K    | 12500
            2.4 bn   | 2400000000
            2.4BN    | 2400000000
            3.75bn   | 3750000000
            2tn      | 2000000000000
            2 tn     | 2000000000000
            5,286tn  | 5286000000000000
            1,250    | 1250
            -1.5M    | -1500000
            0.25     | 0.25
            """)
    void theParserReadsWhatThePrinterPrints(String text, double expected) {
        assertEquals(expected, CompactNumberFormat.parseWhole(text), EXACT, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            k
            12.5x
            1.2.3
            ,5
            """)
    void textThatIsNoCompactNumberIsNaN(String text) {
        assertTrue(Double.isNaN(CompactNumberFormat.parseWhole(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12.5k tokens | 12500 | 5
            3M USD       | 3000000 | 2
            """)
    void parsingStopsAfterTheSuffix(String text, double expected, int end) {
        ParsePosition at = new ParsePosition(0);
        assertEquals(expected, ChartStyle.compactFormat().parse(text, at).doubleValue(), EXACT);
        assertEquals(end, at.getIndex());
    }

    @Property
    void everyPrintedNumberReadsBackWithinItsRounding(@ForAll @DoubleRange(min = -1e15, max = 1e15) double value) {
        String printed = Formats.compact(value);
        double read = CompactNumberFormat.parseWhole(printed);
        // the scale the printed form is written in, read from its suffix
        double scale = printed.endsWith("tn") ? 1e12 : printed.endsWith("bn") ? 1e9 : printed.endsWith("M") ? 1e6
                : printed.endsWith("k") ? 1e3 : 1;
        assertEquals(value, read, ROUND_TRIP_SHARE_OF_SCALE * scale, value + " printed " + printed);
        assertEquals(printed, Formats.compact(read), "printing what was read gives the same text");
    }
}
