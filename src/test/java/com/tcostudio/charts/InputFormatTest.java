package com.tcostudio.charts;

import com.tcostudio.core.model.Input;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputFormatTest {

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GPU_HOURLY                 | 2.4137     | 2.41 EUR per GPU-hour
            GPU_HOURLY                 | 4          | 4 EUR per GPU-hour
            MONTHLY_GROWTH             | 0.05       | 5% per month
            MONTHLY_GROWTH             | 0.0125     | 1.25% per month
            ANNUAL_PRICE_CHANGE        | -0.5       | -50% per year
            CACHED_INPUT_SHARE         | 0.3        | 30%
            PEAK_TO_AVERAGE            | 3          | 3x
            LOADED_ANNUAL_COST_PER_FTE | 197243.5   | 197.24k EUR per year
            INPUT_TOKENS_PER_MONTH     | 2e9        | 2bn tokens/month
            FTE_PER_GPU                | 0.005      | 0.005 FTE per GPU
            """)
    void valuesReadAsPeopleWriteThem(Input input, double value, String expected) {
        assertEquals(expected, InputFormat.value(input, value, "EUR"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GPU_HOURLY          | 1.8  | 4   | 1.8 to 4 USD per GPU-hour
            ANNUAL_PRICE_CHANGE | -0.5 | 0   | -50% to 0% per year
            CACHED_INPUT_SHARE  | 0.1  | 0.5 | 10% to 50%
            """)
    void rangesNameTheUnitOnce(Input input, double low, double high, String expected) {
        assertEquals(expected, InputFormat.range(input, low, high, "USD"));
    }
}
