package com.tcostudio.io.json;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.support.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationCsvHeaderTest {
    @Test
    void everyColumnHasItsOwnNameAndTheSetupCostIsSetupCost() {
        String csv = EvaluationCsv.toCsv(CostEngine.DEFAULT.evaluate(TestScenarios.methodologyExample().build()));
        List<String> header = Arrays.asList(csv.substring(0, csv.indexOf('\n')).split(","));
        Set<String> distinct = new HashSet<>(header);
        assertEquals(header.size(), distinct.size(), header.toString());
        assertEquals("setup", header.get(0));
        assertTrue(header.contains("setupCost"), header.toString());
        // every row has as many cells as the header
        csv.lines().skip(1).forEach(row -> assertEquals(header.size(), row.split(",", -1).length, row));
    }
}
