package com.tcostudio.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario: workload, the closed API, the self-hosted option, an optional hybrid, finance
 * settings and optional ranges on inputs. Immutable and valid by construction: building one that
 * breaks a rule of the methodology throws {@link InvalidScenarioException} listing every problem.
 *
 * <p>Numeric inputs live in one array indexed by {@link Input}; optional inputs that are absent,
 * and inputs of the hosting mode or hybrid policy not chosen, are NaN. Values of inputs that do
 * not apply are kept (so switching hosting mode back and forth loses nothing) but ignored by the
 * engine and not written to files.
 */
public final class Scenario {
    private static final Input[] INPUTS = Input.values();

    private final String name;
    private final Currency currency;
    private final HostingMode hostingMode;
    private final boolean amortize;
    private final HybridPolicy hybridPolicy;
    private final double[] values;
    private final Map<CatalogueSlot, CatalogueRef> catalogueRefs;
    private final Map<Input, Distribution> uncertainty;

    private Scenario(Builder b) {
        this.name = b.name;
        this.currency = b.currency;
        this.hostingMode = b.hostingMode;
        this.amortize = b.amortize;
        this.hybridPolicy = b.hybridPolicy;
        this.values = b.values.clone();
        this.catalogueRefs = Collections.unmodifiableMap(new EnumMap<>(b.catalogueRefs));
        this.uncertainty = Collections.unmodifiableMap(new LinkedHashMap<>(b.uncertainty));
        validate();
    }

    private void validate() {
        List<InvalidScenarioException.Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new InvalidScenarioException.Problem("name", "must not be empty"));
        } else if (UserText.hasControl(name)) {
            problems.add(new InvalidScenarioException.Problem("name", "must not hold control characters such as line breaks"
                    + " or terminal escapes (was \"" + UserText.shown(name) + "\")"));
        }
        if (currency == null) {
            problems.add(new InvalidScenarioException.Problem("currency", "is required"));
        }
        if (hostingMode == null) {
            problems.add(new InvalidScenarioException.Problem("open.hosting.mode", "must be rent or own"));
        }
        if (hybridPolicy == null) {
            problems.add(new InvalidScenarioException.Problem("hybrid.policy", "must be share or spillover"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        for (Input input : INPUTS) {
            double v = values[input.ordinal()];
            boolean applies = input.appliesTo(hostingMode, hybridPolicy);
            if (Double.isNaN(v) && (input.isOptional() || !applies)) {
                continue;
            }
            if (Double.isNaN(v)) {
                problems.add(new InvalidScenarioException.Problem(input.path(), "is required"));
                continue;
            }
            input.check(v, currency).ifPresent(rule -> problems.add(new InvalidScenarioException.Problem(input.path(), rule)));
        }
        for (Map.Entry<Input, Distribution> e : uncertainty.entrySet()) {
            Input input = e.getKey();
            String path = "uncertainty." + input.path();
            if (input.isInteger()) {
                problems.add(new InvalidScenarioException.Problem(path,
                        "cannot be uncertain: " + input.path() + " is a whole number (counts and months are fixed)"));
            } else if (!input.appliesTo(hostingMode, hybridPolicy)) {
                problems.add(new InvalidScenarioException.Problem(path,
                        "names an input that does not apply to this scenario's hosting mode or hybrid policy"));
            } else if (input.isOptional() && Double.isNaN(values[input.ordinal()])) {
                problems.add(new InvalidScenarioException.Problem(path,
                        "needs a base value for " + input.path() + " in the scenario"));
            } else {
                checkRange(path, input, e.getValue(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
    }

    /**
     * A range must lie in its input's valid domain: a sample is clipped into the rule, so a range
     * outside it would simulate the bound instead of the range the user wrote (or nothing at all:
     * a utilization of 0 to 0). Normal and lognormal ranges give their 5th and 95th percentiles,
     * which must lie in the domain too; their tails are clipped.
     */
    private void checkRange(String path, Input input, Distribution d, List<InvalidScenarioException.Problem> problems) {
        String[] names = {"low", "mode", "high"};
        double[] ends = {d.low(), d.mode(), d.high()};
        for (int k = 0; k < ends.length; k++) {
            if (k == 1 && !d.kind().hasMode()) {
                continue;
            }
            int at = k;
            input.check(ends[k], currency).ifPresent(rule -> problems.add(new InvalidScenarioException.Problem(
                    path + "." + names[at], "lies outside the valid values of " + input.path() + ": " + rule)));
        }
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return currency;
    }

    public HostingMode hostingMode() {
        return hostingMode;
    }

    /** Own mode only: accrual view (depreciation plus capital charge) instead of cash. */
    public boolean amortize() {
        return amortize;
    }

    public HybridPolicy hybridPolicy() {
        return hybridPolicy;
    }

    public boolean hasHybrid() {
        return hybridPolicy != HybridPolicy.NONE;
    }

    public int horizonMonths() {
        return getInt(Input.HORIZON_MONTHS);
    }

    /** The input's value; NaN when it is optional and absent, or does not apply. */
    public double get(Input input) {
        return values[input.ordinal()];
    }

    public int getInt(Input input) {
        return (int) values[input.ordinal()];
    }

    /** Whether the input has a value and applies to this scenario's structure. */
    public boolean has(Input input) {
        return !Double.isNaN(values[input.ordinal()]) && input.appliesTo(hostingMode, hybridPolicy);
    }

    /** A copy of all input values, indexed by {@link Input#ordinal()}. */
    public double[] valuesCopy() {
        return values.clone();
    }

    public Optional<CatalogueRef> catalogueRef(CatalogueSlot slot) {
        return Optional.ofNullable(catalogueRefs.get(slot));
    }

    public Map<CatalogueSlot, CatalogueRef> catalogueRefs() {
        return catalogueRefs;
    }

    /** Ranges on inputs, in the order they were given. */
    public Map<Input, Distribution> uncertainty() {
        return uncertainty;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with one input changed; validated like any other scenario. */
    public Scenario with(Input input, double value) {
        return toBuilder().set(input, value).build();
    }

    /**
     * A copy with all input values replaced, for Monte Carlo and solvers that vary inputs. The
     * array is copied; it must be indexed by {@link Input#ordinal()}.
     */
    public Scenario withValues(double[] newValues) {
        if (newValues.length != INPUTS.length) {
            throw new IllegalArgumentException("expected " + INPUTS.length + " values, got " + newValues.length);
        }
        Builder b = toBuilder();
        System.arraycopy(newValues, 0, b.values, 0, newValues.length);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Scenario)) {
            return false;
        }
        Scenario s = (Scenario) o;
        return amortize == s.amortize && name.equals(s.name) && currency.equals(s.currency)
                && hostingMode == s.hostingMode && hybridPolicy == s.hybridPolicy
                && Arrays.equals(values, s.values) && catalogueRefs.equals(s.catalogueRefs)
                && uncertainty.equals(s.uncertainty);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, currency, hostingMode, amortize, hybridPolicy, Arrays.hashCode(values),
                catalogueRefs, uncertainty);
    }

    @Override
    public String toString() {
        return "Scenario[" + name + ", " + horizonMonths() + " months, " + hostingMode.label()
                + (hasHybrid() ? ", hybrid " + hybridPolicy.label() : "") + "]";
    }

    /**
     * A number as a person would write it: no trailing zeros, no exponent for ordinary sizes, and
     * an exponent ("1.8e308", "5e-324") for the huge and the tiny, so a message quoting a typo stays short.
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double abs = Math.abs(value);
        if (abs >= PLAIN_BELOW || (abs != 0 && abs < PLAIN_FROM)) {
            return Rule.exponent(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Plain digits between these magnitudes; exponent form outside them. */
    private static final double PLAIN_BELOW = 1e21;
    private static final double PLAIN_FROM = 1e-9;

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable assembly of a scenario; {@link #build()} validates. */
    public static final class Builder {
        private String name = "Untitled scenario";
        private Currency currency = Currency.USD;
        private HostingMode hostingMode = HostingMode.RENT;
        private boolean amortize;
        private HybridPolicy hybridPolicy = HybridPolicy.NONE;
        private final double[] values = new double[INPUTS.length];
        private final Map<CatalogueSlot, CatalogueRef> catalogueRefs = new EnumMap<>(CatalogueSlot.class);
        private final Map<Input, Distribution> uncertainty = new LinkedHashMap<>();

        private Builder() {
            Arrays.fill(values, Double.NaN);
        }

        private Builder(Scenario s) {
            name = s.name;
            currency = s.currency;
            hostingMode = s.hostingMode;
            amortize = s.amortize;
            hybridPolicy = s.hybridPolicy;
            System.arraycopy(s.values, 0, values, 0, values.length);
            catalogueRefs.putAll(s.catalogueRefs);
            uncertainty.putAll(s.uncertainty);
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        public Builder hostingMode(HostingMode mode) {
            this.hostingMode = mode;
            return this;
        }

        public Builder amortize(boolean amortize) {
            this.amortize = amortize;
            return this;
        }

        public Builder hybridPolicy(HybridPolicy policy) {
            this.hybridPolicy = policy;
            return this;
        }

        /** Sets an input; NaN clears it. */
        public Builder set(Input input, double value) {
            values[input.ordinal()] = value;
            return this;
        }

        public double get(Input input) {
            return values[input.ordinal()];
        }

        public Builder catalogueRef(CatalogueSlot slot, CatalogueRef ref) {
            if (ref == null) {
                catalogueRefs.remove(slot);
            } else {
                catalogueRefs.put(slot, ref);
            }
            return this;
        }

        public Builder uncertainty(Input input, Distribution distribution) {
            if (distribution == null) {
                uncertainty.remove(input);
            } else {
                uncertainty.put(input, distribution);
            }
            return this;
        }

        public Builder clearUncertainty() {
            uncertainty.clear();
            return this;
        }

        public Scenario build() {
            return new Scenario(this);
        }
    }
}
