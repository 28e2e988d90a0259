package com.tcostudio.core.model;

/** Units of scenario inputs. {@code MONEY}-based units take the scenario's currency code. */
public enum Unit {
    MONTHS("months"),
    TOKENS_PER_MONTH("tokens/month"),
    TOKENS_PER_SECOND("tokens/s"),
    RATIO("x"),
    SHARE("share (0-1)"),
    PER_MONTH_RATE("per month"),
    PER_YEAR_RATE("per year"),
    MONEY_PER_MTOK("%s per MTok"),
    MONEY_PER_MONTH("%s per month"),
    MONEY_PER_YEAR("%s per year"),
    MONEY_PER_GPU_HOUR("%s per GPU-hour"),
    MONEY_PER_GPU("%s per GPU"),
    MONEY_PER_GPU_MONTH("%s per GPU-month"),
    MONEY_PER_KWH("%s per kWh"),
    MONEY("%s"),
    FTE("FTE"),
    FTE_PER_GPU("FTE per GPU"),
    PERSON_MONTHS("person-months"),
    WATTS("W per GPU"),
    GPUS("GPUs"),
    REPLICAS("replicas");

    private final String pattern;

    Unit(String pattern) {
        this.pattern = pattern;
    }

    /** Whether values in this unit are amounts of money (converted when a catalogue price is copied). */
    public boolean isMoney() {
        return pattern.contains("%s");
    }

    /** The unit's label for a currency code, e.g. "USD per GPU-hour". */
    public String label(String currencyCode) {
        return pattern.contains("%s") ? String.format(pattern, currencyCode) : pattern;
    }
}
