package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.ui.main.NumberText;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * One number of a portfolio part (a use case, an API, a deployment) as the user types it: the
 * text, the rule it breaks in words (empty when accepted), and what the row shows beside it (label,
 * unit, help). A field is either one of v1's {@link Input}s, which keep their rule, unit and help,
 * or a v2-only number (minimum quality, latency need, contract terms) with a rule of its own.
 */
public final class PartField {
    /** What a v2-only field accepts: the refusal in words for a value, or empty. */
    @FunctionalInterface
    public interface Check extends DoubleFunction<Optional<String>> {
    }

    private final String key;
    private final String label;
    private final String unit;
    private final String help;
    private final boolean optional;
    private final boolean whole;
    private final Check check;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    PartField(String key, String label, String unit, String help, boolean optional, boolean whole, Check check) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.help = help;
        this.optional = optional;
        this.whole = whole;
        this.check = check;
    }

    /** A v1 input: its label, its unit in the portfolio's currency, its help and its rule. */
    static PartField of(Input input, String currencyCode) {
        return new PartField(input.path(), input.label(), input.unit().label(currencyCode),
                input.help() + "\nRule: " + input.rule().words() + (input.isInteger() ? ", whole number" : ""),
                input.isOptional(), input.isInteger(), input::check);
    }

    /** Which number this is: the input's path, or the v2 field's path in its part. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String help() {
        return help;
    }

    public boolean isOptional() {
        return optional;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The rule the text breaks, in words; empty when the value is accepted. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String rule) {
        error.set(rule);
    }

    /** Shows a value without taking it as an edit (the caller mutes its listener). */
    void show(double value) {
        text.set(NumberText.format(value));
        error.set("");
    }

    /**
     * The value the text stands for (NaN for an empty optional field), or empty with the error set
     * when the text is refused.
     */
    OptionalDouble parse() {
        OptionalDouble parsed = NumberText.parse(text.get());
        if (parsed.isEmpty()) {
            if (!optional) {
                error.set("is required");
                return OptionalDouble.empty();
            }
            error.set("");
            return OptionalDouble.of(Double.NaN);
        }
        double v = parsed.getAsDouble();
        if (Double.isNaN(v)) {
            error.set("must be a number, such as 2500, 2.5e9 or 2.5bn");
            return OptionalDouble.empty();
        }
        if (whole && v != Math.rint(v)) {
            error.set("must be a whole number (was " + NumberText.format(v) + ")");
            return OptionalDouble.empty();
        }
        Optional<String> rule = check.apply(v);
        if (rule.isPresent()) {
            error.set(rule.get());
            return OptionalDouble.empty();
        }
        error.set("");
        return OptionalDouble.of(v);
    }

    /** A rule "from min to max" for v2-only numbers, with the value in the refusal. */
    static Check between(double min, double max) {
        return v -> v >= min && v <= max && Double.isFinite(v) ? Optional.empty()
                : Optional.of("must be from " + NumberText.format(min) + " to " + NumberText.format(max)
                        + " (was " + NumberText.format(v) + ")");
    }

    /** A rule "greater than min and at most max". */
    static Check above(double min, double max) {
        return v -> v > min && v <= max && Double.isFinite(v) ? Optional.empty()
                : Optional.of("must be greater than " + NumberText.format(min) + " and at most " + NumberText.format(max)
                        + " (was " + NumberText.format(v) + ")");
    }
}
