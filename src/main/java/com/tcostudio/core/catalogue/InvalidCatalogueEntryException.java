package com.tcostudio.core.catalogue;

/**
 * A catalogue entry that breaks a rule of its kind. Thrown by the compact constructors of
 * {@link ApiModel}, {@link GpuOffer}, {@link ServingProfile} and {@link PriceSource}; the field is
 * named as in the catalogue files, so a loader can report it without parsing the message.
 */
public final class InvalidCatalogueEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * @param field the field's name in the catalogue file, e.g. {@code hourlyPerGpu}
     * @param rule  the rule in words with the value found, e.g. {@code must be >= 0 (was -1)}
     */
    public InvalidCatalogueEntryException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
