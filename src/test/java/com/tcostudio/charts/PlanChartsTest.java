package com.tcostudio.charts;

import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEngine;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.io.scenario.ScenarioFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-plan charts draw the engine's numbers: one curve per plan, staff and idle apart. */
class PlanChartsTest {
    private static final double EXACT = 0;
    private static PortfolioEvaluation e;

    @BeforeAll
    static void evaluate() throws Exception {
        Portfolio p;
        try (InputStream in = PlanChartsTest.class.getResourceAsStream("/portfolio/uae-three-use-cases.json")) {
            p = new ScenarioFiles(CatalogueLookup.NONE).read(in.readAllBytes(), "p.json").portfolio();
        }
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.add(new Plan("sonnet-all", "Everything on Sonnet", List.of(Route.all("support", "sonnet"),
                Route.all("coding", "sonnet"), Route.all("documents", "uae-api"))));
        e = PortfolioEngine.DEFAULT.evaluate(p.withPlans(plans));
    }

    private static String subtitles(JFreeChart c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle) {
                sb.append(((TextTitle) c.getSubtitle(i)).getText()).append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void oneCumulativeCurvePerPlanWithTheEnginesValues() {
        JFreeChart chart = PlanCharts.cumulativeCost(e);
        XYDataset d = ((XYPlot) chart.getPlot()).getDataset();
        assertEquals(e.plans().size(), d.getSeriesCount());
        for (int s = 0; s < e.plans().size(); s++) {
            PlanResult p = e.plans().get(s);
            assertEquals(PlanCharts.legendName(p), d.getSeriesKey(s));
            for (int m = 0; m < e.months(); m++) {
                assertEquals(m + 1, d.getXValue(s, m), EXACT);
                assertEquals(p.cumulative()[m], d.getYValue(s, m), EXACT);
            }
        }
        assertEquals("Everything on Sonnet" + PlanCharts.INFEASIBLE_SUFFIX, d.getSeriesKey(3));
        // no plan pays off against the baseline within 36 months: said, not marked
        assertTrue(subtitles(chart).contains("Never cheaper than the baseline (Everything on the APIs) within 36 months"));
    }

    @Test
    void monthlyCurvesAreThePlansTotals() {
        XYDataset d = ((XYPlot) PlanCharts.monthlyCost(e).getPlot()).getDataset();
        PlanResult shared = e.plan("shared-fleet");
        for (int m = 0; m < e.months(); m++) {
            assertEquals(shared.total()[m], d.getYValue(1, m), EXACT);
        }
    }

    @Test
    void theBreakdownKeepsStaffAndIdleApartAndDrawsEveryCategory() {
        PlanResult shared = e.plan("shared-fleet");
        JFreeChart chart = PlanCharts.breakdown(e, shared);
        String notes = subtitles(chart);
        assertTrue(notes.contains("Operations staff, setup, upgrades, migrations: "), notes);
        assertTrue(notes.contains("Idle GPU time: "), notes);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(PlanCharts.IDLE_SERIES, plot.getDataset(1).getSeriesKey(0));
        // the migration category (version 2) has its colour: the chart draws without failing
        BufferedImage img = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
        chart.draw(img.createGraphics(), new java.awt.Rectangle(900, 560));
        assertTrue(shared.categoryTotal(com.tcostudio.core.engine.Category.MIGRATION) > 0);
    }
}
