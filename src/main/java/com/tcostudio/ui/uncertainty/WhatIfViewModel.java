package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.Unit;
import com.tcostudio.core.uncertainty.WhatIf;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.main.NumberText;
import com.tcostudio.ui.util.LatestWins;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;

/**
 * What-if break-even for one chosen input: the difference TCO(self-hosted) - TCO(closed API)
 * across a range of the input, and the value at which it is zero. Follows the scenario being
 * edited while {@link #activeProperty() active} (its tab is in front): the sweep is some 150
 * evaluations, computed off the FX thread, and at launch or while typing elsewhere it only
 * competed with the evaluation the user is waiting for.
 */
public final class WhatIfViewModel {
    /** Points on the curve: enough to show the replica steps of a token-volume sweep. */
    static final int POINTS = 121;
    /** Without a range on the input, the sweep goes from half to twice its value. */
    static final double SWEEP_FACTOR = 2;

    /** One computed what-if: the curve (x, difference) and the break-even value if the range holds one. */
    public record Result(Scenario scenario, Input input, double low, double high, double[][] curve,
                         OptionalDouble breakEven, String statement) {
    }

    private final ObservableValue<Scenario> scenario;
    /** The sweeps: a newer edit makes an older sweep skip its work and its result. */
    private final LatestWins sweeps;
    private final ReadOnlyListWrapper<Input> choices = new ReadOnlyListWrapper<>(this, "choices",
            FXCollections.observableArrayList());
    private final ObjectProperty<Input> input = new SimpleObjectProperty<>(this, "input");
    private final StringProperty low = new SimpleStringProperty(this, "low", "");
    private final StringProperty high = new SimpleStringProperty(this, "high", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    /** True while the view model itself fills low and high, so that this is not taken as an edit. */
    private boolean filling;

    public WhatIfViewModel(ObservableValue<Scenario> scenario, Executor background, Executor fxThread) {
        this.scenario = scenario;
        this.sweeps = new LatestWins(background, fxThread);
        input.addListener((o, old, now) -> {
            if (now != null) {
                fillRange(now);
            }
            recompute();
        });
        low.addListener((o, old, now) -> edited());
        high.addListener((o, old, now) -> edited());
        scenario.addListener((o, old, now) -> scenarioChanged());
        active.addListener((o, was, is) -> {
            Result r = result.get();
            if (is && (r == null || !r.scenario().equals(scenario.getValue()))) {
                recompute();
            }
        });
        scenarioChanged();
    }

    /** Whether the sweep is wanted now (its view is shown); inactive, edits only mark it out of date. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The inputs a what-if can sweep: the real-valued ones the scenario uses. */
    public ReadOnlyListProperty<Input> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ObjectProperty<Input> inputProperty() {
        return input;
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** Why the typed range cannot be swept; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The unit of the chosen input in the scenario's currency. */
    public String unit() {
        Input i = input.get();
        return i == null ? "" : i.unit().label(scenario.getValue().currency().code());
    }

    private void scenarioChanged() {
        Scenario s = scenario.getValue();
        List<Input> usable = Arrays.stream(Input.values())
                .filter(i -> !i.isInteger() && i.appliesTo(s.hostingMode(), s.hybridPolicy()) && !Double.isNaN(s.get(i)))
                .toList();
        if (!usable.equals(choices)) {
            choices.setAll(usable);
        }
        if (input.get() == null || !usable.contains(input.get())) {
            // the question people ask first: at what GPU price (or purchase price) does self-hosting pay?
            Input first = usable.contains(Input.GPU_HOURLY) ? Input.GPU_HOURLY
                    : usable.contains(Input.CAPEX_PER_GPU) ? Input.CAPEX_PER_GPU : usable.get(0);
            input.set(first);
        } else {
            recompute();
        }
    }

    /** The input's own range when it has one, otherwise half to twice its value, within its rule. */
    private void fillRange(Input i) {
        Scenario s = scenario.getValue();
        double[] span = defaultSpan(i, s.get(i), s.uncertainty().get(i));
        filling = true;
        try {
            low.set(NumberText.format(span[0]));
            high.set(NumberText.format(span[1]));
        } finally {
            filling = false;
        }
    }

    static double[] defaultSpan(Input i, double base, Distribution range) {
        if (range != null && range.low() < range.high()) {
            return new double[]{i.rule().clip(range.low()), i.rule().clip(range.high())};
        }
        if (i.unit() == Unit.SHARE || base == 0) {
            return new double[]{i.rule().clip(0), i.rule().clip(1)};
        }
        double a = base / SWEEP_FACTOR;
        double b = base * SWEEP_FACTOR;
        return new double[]{i.rule().clip(Math.min(a, b)), i.rule().clip(Math.max(a, b))};
    }

    private void edited() {
        if (!filling) {
            recompute();
        }
    }

    private void recompute() {
        Input i = input.get();
        if (i == null) {
            return;
        }
        OptionalDouble lo = NumberText.parse(low.get());
        OptionalDouble hi = NumberText.parse(high.get());
        if (lo.isEmpty() || hi.isEmpty() || Double.isNaN(lo.getAsDouble()) || Double.isNaN(hi.getAsDouble())) {
            error.set("From and to must be numbers");
            return;
        }
        double a = lo.getAsDouble();
        double b = hi.getAsDouble();
        if (!(a < b)) {
            error.set("From must be below to");
            return;
        }
        if (!i.rule().accepts(a) || !i.rule().accepts(b)) {
            error.set(i.label() + " " + i.rule().words());
            return;
        }
        error.set("");
        if (!active.get()) {
            return;
        }
        Scenario s = scenario.getValue();
        sweeps.submit(job -> {
            double[][] curve = WhatIf.curve(s, i, a, b, POINTS);
            OptionalDouble root = WhatIf.breakEven(s, i, a, b);
            return new Result(s, i, a, b, curve, root, statement(s, i, a, b, curve, root));
        }, result::set, e -> error.set("The what-if could not be computed: " + e.getMessage()));
    }

    /** The answer in words, e.g. "... cost the same at GPU hourly price 2.41 USD per GPU-hour (now 2.95) ...". */
    static String statement(Scenario s, Input i, double a, double b, double[][] curve, OptionalDouble root) {
        String unit = i.unit().label(s.currency().code());
        String horizon = " over " + s.horizonMonths() + " months";
        if (root.isEmpty()) {
            boolean openCheaper = curve[0][1] < 0;
            return "No break-even between " + number(a) + " and " + number(b) + " " + unit + ": "
                    + (openCheaper ? "self-hosting is cheaper" : "the closed API is cheaper") + " throughout" + horizon + ".";
        }
        double x = root.getAsDouble();
        boolean openCheaperBelow = curve[0][1] < 0;
        int crossings = 0;
        for (int k = 1; k < curve.length; k++) {
            if (Math.signum(curve[k][1]) != Math.signum(curve[k - 1][1])) {
                crossings++;
            }
        }
        return "Self-hosting and the closed API cost the same" + horizon + " at " + i.label() + " = " + number(x)
                + " " + unit + " (scenario: " + number(s.get(i)) + "). Below it, "
                + (openCheaperBelow ? "self-hosting" : "the closed API") + " is cheaper"
                + (crossings > 1 ? "; the difference changes sign " + crossings + " times in this range (see the chart)" : "")
                + ".";
    }

    /** Four significant digits, or the compact form for large numbers ("13.8bn"). */
    static String number(double v) {
        if (Math.abs(v) >= 1e4) {
            return Formats.compact(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
