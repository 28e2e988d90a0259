package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.report.Formats;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangeEditorViewModelTest {
    private static final double EXACT = 1e-12;

    @Test
    void anInputWithoutARangeIsOfferedAPertAroundItsValue() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.GPU_HOURLY, 2.5, null, "USD");
        // 2.5 plus and minus 20%
        assertEquals(Distribution.pert(2, 2.5, 3), vm.distributionProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals("base value 2.5 USD per GPU-hour.", vm.noteProperty().get());
        assertTrue(vm.modeShownProperty().get());
    }

    @Test
    void theSuggestionStaysInsideTheInputsValidRange() {
        // a share of 0.95: +20% would pass 1
        assertEquals(Distribution.pert(0.76, 0.95, 1), RangeEditorViewModel.suggestion(Input.CACHED_INPUT_SHARE, 0.95));
        // a negative rate spreads both ways around it
        Distribution d = RangeEditorViewModel.suggestion(Input.ANNUAL_PRICE_CHANGE, -0.2);
        assertEquals(-0.24, d.low(), EXACT);
        assertEquals(-0.16, d.high(), EXACT);
    }

    @Test
    void anExistingRangeIsShownAsItIs() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.PEAK_TO_AVERAGE, 3, Distribution.lognormal(1.5, 5), "USD");
        assertEquals(Distribution.Kind.LOGNORMAL, vm.kindProperty().get());
        assertEquals("1.5", vm.lowProperty().get());
        assertEquals("5", vm.highProperty().get());
        assertFalse(vm.modeShownProperty().get());
        assertEquals("5th percentile", vm.lowLabel());
        assertEquals("95th percentile", vm.highLabel());
    }

    @Test
    void aRangeThatBreaksARuleIsRefusedWithTheRuleInWords() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.GPU_HOURLY, 2.5, null, "USD");
        vm.lowProperty().set("4");
        assertEquals("low (4) cannot be greater than high (3)", vm.errorProperty().get());
        assertNull(vm.distributionProperty().get());
        vm.lowProperty().set("2");
        vm.modeProperty().set("3.5");
        assertEquals("mode (3.5) must lie between low (2) and high (3)", vm.errorProperty().get());
        vm.modeProperty().set("cheap");
        assertEquals("Most likely must be a number", vm.errorProperty().get());
        vm.modeProperty().set("2.5");
        vm.kindProperty().set(Distribution.Kind.LOGNORMAL);
        assertEquals("", vm.errorProperty().get());
        vm.lowProperty().set("0");
        assertEquals("lognormal needs positive bounds (low was 0)", vm.errorProperty().get());
        vm.highProperty().set("");
        assertEquals("95th percentile must be a number", vm.errorProperty().get());
    }

    @Test
    void switchingKindsKeepsTheNumbersAndDropsTheModeWhereThereIsNone() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.GPU_HOURLY, 2.5, null, "USD");
        vm.kindProperty().set(Distribution.Kind.UNIFORM);
        assertEquals(Distribution.uniform(2, 3), vm.distributionProperty().get());
        assertFalse(vm.modeShownProperty().get());
        vm.kindProperty().set(Distribution.Kind.TRIANGULAR);
        assertEquals(Distribution.triangular(2, 2.5, 3), vm.distributionProperty().get());
    }

    @Test
    void theShareOfDrawsThatWillBeClippedIsToldBeforeTheRun() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.CACHED_INPUT_SHARE, 0.5, Distribution.normal(0.1, 0.9), "USD");
        // median 0.5, sigma 0.4 / z95; both tails beyond 0 and 1 are clipped
        double sigma = 0.4 / com.tcostudio.core.uncertainty.Samplers.Z95;
        double outside = 2 * new NormalDistribution(0, 1).cumulativeProbability(-0.5 / sigma);
        assertEquals("base value 0.5 share (0-1). About " + Formats.smallPercent(outside)
                + " of draws fall outside the valid range (must be a share between 0 and 1) and are clipped to it.",
                vm.noteProperty().get());
    }

    @Test
    void wholeNumberInputsHaveNoRangeEditor() {
        assertThrows(IllegalArgumentException.class, () -> new RangeEditorViewModel(Input.MIN_REPLICAS, 1, null, "USD"));
    }

    @Test
    void theShapeIsTheDensityAcrossTheRange() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.GPU_HOURLY, 2.5, Distribution.uniform(2, 4), "USD");
        double[][] shape = vm.shape(5);
        assertEquals(5, shape.length);
        assertEquals(2, shape[0][0], EXACT);
        assertEquals(4, shape[4][0], EXACT);
        assertEquals(0.5, shape[2][1], EXACT);
        vm.lowProperty().set("9");
        assertEquals(0, vm.shape(5).length);
    }

    @Test
    void theNormalsShapeReachesIntoItsTails() {
        RangeEditorViewModel vm = new RangeEditorViewModel(Input.GPU_HOURLY, 2.5, Distribution.normal(2, 3), "USD");
        double[][] shape = vm.shape(3);
        // from the 0.5th to the 99.5th percentile: 2.5 -+ 2.5758 sigma, sigma = 0.5 / z95
        double halfWidth = 2.5758293035489 * 0.5 / com.tcostudio.core.uncertainty.Samplers.Z95;
        assertEquals(2.5 - halfWidth, shape[0][0], 1e-9);
        assertEquals(2.5 + halfWidth, shape[2][0], 1e-9);
    }

    @Test
    void aRangeReadsInAFewCharacters() {
        assertEquals("PERT 1.8 / 2.5 / 4", RangeEditorViewModel.shortText(Distribution.pert(1.8, 2.5, 4)));
        assertEquals("uniform -0.5 / 0", RangeEditorViewModel.shortText(Distribution.uniform(-0.5, 0)));
    }
}
