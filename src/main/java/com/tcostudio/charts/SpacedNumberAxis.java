package com.tcostudio.charts;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A number axis whose automatic ticks keep a minimum distance. JFreeChart packs ticks as closely
 * as their labels allow (a value axis 380 px tall gets 19 ticks), which on a projector reads as a
 * wall of numbers and grid lines; five to eight ticks are enough.
 */
final class SpacedNumberAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;
    /** Least distance between ticks, in Java2D units (points), up a vertical and along a horizontal axis. */
    static final double MIN_VERTICAL_SPACING = 36;
    static final double MIN_HORIZONTAL_SPACING = 80;

    SpacedNumberAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double min = RectangleEdge.isLeftOrRight(edge) ? MIN_VERTICAL_SPACING : MIN_HORIZONTAL_SPACING;
        TickUnitSource units = getStandardTickUnits();
        TickUnit unit = getTickUnit();
        for (int i = 0; i < 40 && lengthToJava2D(unit.getSize(), dataArea, edge) < min; i++) {
            TickUnit larger = units.getLargerTickUnit(unit);
            if (!(larger.getSize() > unit.getSize())) {
                break;
            }
            unit = larger;
        }
        setTickUnit((NumberTickUnit) unit, false, false);
    }
}
