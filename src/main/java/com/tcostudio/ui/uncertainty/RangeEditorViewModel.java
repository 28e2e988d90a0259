package com.tcostudio.ui.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.uncertainty.Samplers;
import com.tcostudio.report.Formats;
import com.tcostudio.ui.main.NumberText;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * The range editor of one input: the distribution chosen, its bounds as typed, the rule they
 * break, the share of draws the Monte Carlo will clip to the input's valid range, and the shape
 * to draw. The distribution is valid or absent; nothing reaches the scenario until applied.
 */
public final class RangeEditorViewModel {
    /** A new range spans the base value plus and minus this share of it. */
    static final double SUGGESTED_SPREAD = 0.2;
    /** Draw normal and lognormal out to the 0.5th and 99.5th percentiles: about 1.57 times p5-p95 around the median. */
    private static final double TAIL_WIDTH = 2.5758293035489 / Samplers.Z95;

    private final Input input;
    private final double base;
    private final String currency;
    private final ObjectProperty<Distribution.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty low = new SimpleStringProperty(this, "low", "");
    private final StringProperty mode = new SimpleStringProperty(this, "mode", "");
    private final StringProperty high = new SimpleStringProperty(this, "high", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper modeShown = new ReadOnlyBooleanWrapper(this, "modeShown");
    private final ReadOnlyObjectWrapper<Distribution> distribution = new ReadOnlyObjectWrapper<>(this, "distribution");

    /**
     * @param base    the input's plain value in the scenario (the base case)
     * @param current the range it has now, or null: then a PERT around the base value is suggested
     */
    public RangeEditorViewModel(Input input, double base, Distribution current, String currency) {
        if (input.isInteger()) {
            throw new IllegalArgumentException(input.path() + " is a whole number and cannot be uncertain");
        }
        this.input = input;
        this.base = base;
        this.currency = currency;
        Distribution start = current != null ? current : suggestion(input, base);
        kind.set(start.kind());
        low.set(NumberText.format(start.low()));
        mode.set(start.kind().hasMode() ? NumberText.format(start.mode()) : NumberText.format(clipped(input, base)));
        high.set(NumberText.format(start.high()));
        for (Observable o : new Observable[]{kind, low, mode, high}) {
            o.addListener(x -> validate());
        }
        validate();
    }

    /** PERT from base - 20% to base + 20% (of its size), kept inside the input's valid range. */
    static Distribution suggestion(Input input, double base) {
        double b = clipped(input, base);
        double spread = Math.abs(b) * SUGGESTED_SPREAD;
        return Distribution.pert(input.rule().clip(b - spread), b, input.rule().clip(b + spread));
    }

    private static double clipped(Input input, double base) {
        return Double.isNaN(base) ? input.rule().clip(0) : input.rule().clip(base);
    }

    public Input input() {
        return input;
    }

    /** The distribution chosen; one of the five of docs/methodology.md. */
    public ObjectProperty<Distribution.Kind> kindProperty() {
        return kind;
    }

    public StringProperty lowProperty() {
        return low;
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public StringProperty highProperty() {
        return high;
    }

    /** The rule the typed range breaks, in words; empty when valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the range means for the simulation (clipped draws, percentiles); empty when invalid. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Triangular and PERT have a mode (most likely value); the others do not. */
    public ReadOnlyBooleanProperty modeShownProperty() {
        return modeShown.getReadOnlyProperty();
    }

    /** The valid range typed, or null while the text breaks a rule. */
    public ReadOnlyObjectProperty<Distribution> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    public double base() {
        return base;
    }

    /** "Low" and "High", or the percentiles that normal and lognormal are given by. */
    public String lowLabel() {
        return percentiles() ? "5th percentile" : "Low";
    }

    public String highLabel() {
        return percentiles() ? "95th percentile" : "High";
    }

    public String unit() {
        return input.unit().label(currency);
    }

    private boolean percentiles() {
        Distribution.Kind k = kind.get();
        return k == Distribution.Kind.NORMAL || k == Distribution.Kind.LOGNORMAL;
    }

    /** How a kind is named in the editor. */
    public static String describe(Distribution.Kind k) {
        return switch (k) {
            case UNIFORM -> "Uniform (every value equally likely)";
            case TRIANGULAR -> "Triangular (low, most likely, high)";
            case PERT -> "PERT (low, most likely, high; smooth)";
            case NORMAL -> "Normal (5th and 95th percentiles)";
            case LOGNORMAL -> "Lognormal (5th and 95th percentiles; skewed)";
        };
    }

    /** "PERT 1.8 / 2.5 / 4": a range in a few characters, for the form's rows. */
    public static String shortText(Distribution d) {
        String name = switch (d.kind()) {
            case UNIFORM -> "uniform";
            case TRIANGULAR -> "triangular";
            case PERT -> "PERT";
            case NORMAL -> "normal";
            case LOGNORMAL -> "lognormal";
        };
        String middle = d.kind().hasMode() ? " / " + NumberText.format(d.mode()) : "";
        return name + " " + NumberText.format(d.low()) + middle + " / " + NumberText.format(d.high());
    }

    private void validate() {
        modeShown.set(kind.get() != null && kind.get().hasMode());
        Optional<String> problem = parse();
        error.set(problem.orElse(""));
        if (problem.isPresent()) {
            distribution.set(null);
            note.set("");
        }
    }

    private Optional<String> parse() {
        if (kind.get() == null) {
            return Optional.of("choose a distribution");
        }
        OptionalDouble lo = NumberText.parse(low.get());
        OptionalDouble hi = NumberText.parse(high.get());
        OptionalDouble mid = modeShown.get() ? NumberText.parse(mode.get()) : OptionalDouble.of(Double.NaN);
        if (lo.isEmpty() || Double.isNaN(lo.getAsDouble())) {
            return Optional.of(lowLabel() + " must be a number");
        }
        if (hi.isEmpty() || Double.isNaN(hi.getAsDouble())) {
            return Optional.of(highLabel() + " must be a number");
        }
        if (modeShown.get() && (mid.isEmpty() || Double.isNaN(mid.getAsDouble()))) {
            return Optional.of("Most likely must be a number");
        }
        Distribution d;
        try {
            d = new Distribution(kind.get(), lo.getAsDouble(), mid.getAsDouble(), hi.getAsDouble());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        distribution.set(d);
        note.set(noteFor(d));
        return Optional.empty();
    }

    private String noteFor(Distribution d) {
        double outside = Samplers.shareOutside(d, input.rule().min(), input.rule().max());
        String where = "base value " + NumberText.format(base) + " " + unit();
        if (outside > 0) {
            return where + ". About " + Formats.smallPercent(outside) + " of draws fall outside the valid range ("
                    + input.rule().words() + ") and are clipped to it.";
        }
        return where + ".";
    }

    /**
     * The shape to draw: n points (x, density) across the range, wide enough for the tails of
     * normal and lognormal; empty when the range is invalid or a single value.
     */
    public double[][] shape(int n) {
        Distribution d = distribution.get();
        if (d == null) {
            return new double[0][];
        }
        Optional<DoubleUnaryOperator> f = Samplers.density(d);
        if (f.isEmpty()) {
            return new double[0][];
        }
        double from = d.low();
        double to = d.high();
        if (percentiles()) {
            double mid = d.kind() == Distribution.Kind.LOGNORMAL ? Math.sqrt(d.low() * d.high()) : (d.low() + d.high()) / 2;
            if (d.kind() == Distribution.Kind.LOGNORMAL) {
                from = mid * Math.pow(d.low() / mid, TAIL_WIDTH);
                to = mid * Math.pow(d.high() / mid, TAIL_WIDTH);
            } else {
                from = mid - (mid - d.low()) * TAIL_WIDTH;
                to = mid + (d.high() - mid) * TAIL_WIDTH;
            }
        }
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = from + (to - from) * i / (n - 1);
            double y = f.get().applyAsDouble(x);
            points[i] = new double[]{x, Double.isFinite(y) ? y : 0};
        }
        return points;
    }
}
