package com.tcostudio.ui.compare;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioReader;
import com.tcostudio.report.Formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Several scenario files side by side: key figures per file and their evaluations (for the
 * cumulative curves on one chart). A file that cannot be read is listed with its problem; the
 * others are still compared.
 */
public final class ComparisonViewModel {

    /** One compared file: its evaluation, or the reason it could not be used. */
    public record Entry(Path file, Evaluation evaluation, String problem) {
        public boolean ok() {
            return evaluation != null;
        }
    }

    /** A row of the key-figures table: a figure and its value for each file, in file order. */
    public record Row(String figure, List<String> values) {
    }

    private final ScenarioReader reader;
    private final List<Entry> entries = new ArrayList<>();

    public ComparisonViewModel(CatalogueLookup catalogue) {
        this.reader = new ScenarioReader(catalogue);
    }

    public void add(Path file) {
        try {
            entries.add(new Entry(file, CostEngine.DEFAULT.evaluate(reader.read(file)), null));
        } catch (ScenarioFileException e) {
            entries.add(new Entry(file, null, e.getMessage()));
        }
    }

    public void add(Path file, Evaluation evaluation) {
        entries.add(new Entry(file, evaluation, null));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> usable() {
        return entries.stream().filter(Entry::ok).toList();
    }

    /** The key figures of every usable file, one row per figure. */
    public List<Row> rows() {
        List<Entry> ok = usable();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Scenario", ok, e -> e.scenario().name()));
        rows.add(row("Horizon", ok, e -> e.months() + " months"));
        for (Setup s : Setup.values()) {
            rows.add(row(s.label() + " TCO", ok, e -> e.has(s) ? Formats.money(e.setup(s).tco(), cur(e)) : "-"));
            rows.add(row(s.label() + " NPV", ok, e -> e.has(s) ? Formats.money(e.setup(s).npv(), cur(e)) : "-"));
        }
        rows.add(row("Cheapest", ok, e -> e.cheapest().label()));
        rows.add(row("Self-hosted pays off (month)", ok, e -> month(e, Pair.OPEN_VS_CLOSED, false)));
        rows.add(row("Self-hosted pays off, discounted", ok, e -> month(e, Pair.OPEN_VS_CLOSED, true)));
        rows.add(row("Hybrid pays off (month)", ok, e -> month(e, Pair.HYBRID_VS_CLOSED, false)));
        rows.add(row("Break-even volume", ok, e -> Formats.tokensPerMonth(e.breakEvenVolume().first())));
        rows.add(row("Break-even volume, sustained", ok, e -> Formats.tokensPerMonth(e.breakEvenVolume().sustained())));
        rows.add(row("Hidden cost of self-hosting", ok, e -> Formats.percent(e.setup(Setup.OPEN).hiddenCostShare())));
        return rows;
    }

    private static String cur(Evaluation e) {
        return e.scenario().currency().code();
    }

    private static String month(Evaluation e, Pair pair, boolean discounted) {
        return e.breakEven(pair).map(b -> {
            double m = discounted ? b.discountedMonth() : b.month();
            return Double.isNaN(m) ? "never" : Formats.month(m);
        }).orElse("-");
    }

    private static Row row(String figure, List<Entry> entries, java.util.function.Function<Evaluation, String> value) {
        List<String> values = new ArrayList<>();
        for (Entry e : entries) {
            values.add(value.apply(e.evaluation()));
        }
        return new Row(figure, values);
    }
}
