package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.Workload;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API as its card shows it: v1's closed-API numbers, where the provider processes data, its
 * quality score, and its contract terms (forced model migrations, committed capacity), each term
 * switched on or off.
 */
public final class ApiCard {
    public static final List<Input> PRICE_INPUTS = List.of(Input.INPUT_PER_MTOK, Input.OUTPUT_PER_MTOK,
            Input.CACHED_INPUT_PER_MTOK, Input.BATCH_DISCOUNT, Input.ANNUAL_PRICE_CHANGE, Input.PLATFORM_FEE_PER_MONTH,
            Input.INTEGRATION_FTE);
    static final String QUALITY = "quality";
    static final String MIGRATION_EVERY = "migration.everyMonths";
    static final String MIGRATION_PERSON_MONTHS = "migration.personMonths";
    static final String MIGRATION_COST = "migration.oneTimeCost";
    static final String COMMITTED_TPM = "committed.tokensPerMinute";
    static final String COMMITTED_FEE = "committed.feePerMonth";

    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper regionsText = new ReadOnlyStringWrapper(this, "regionsText");
    private final ReadOnlyStringWrapper catalogueText = new ReadOnlyStringWrapper(this, "catalogueText");
    private final ReadOnlyBooleanWrapper migration = new ReadOnlyBooleanWrapper(this, "migration");
    private final ReadOnlyBooleanWrapper committed = new ReadOnlyBooleanWrapper(this, "committed");
    private final Map<String, PartField> fields = new LinkedHashMap<>();
    private List<String> regions = List.of();

    ApiCard(String id, String currencyCode) {
        this.id = id;
        for (Input input : PRICE_INPUTS) {
            fields.put(input.path(), PartField.of(input, currencyCode));
        }
        fields.put(QUALITY, new PartField(QUALITY, "Quality", "score", "The model's score on the catalogue's quality "
                + "index; use cases with a higher minimum cannot use it. Empty: unrated (meets no minimum).",
                true, false, PartField.between(0, Workload.MAX_QUALITY)));
        fields.put(MIGRATION_EVERY, new PartField(MIGRATION_EVERY, "Forced migration every", "months",
                "Providers retire models: every so many months the use cases must move to a successor.",
                false, true, PartField.between(1, Migration.MAX_EVERY_MONTHS)));
        fields.put(MIGRATION_PERSON_MONTHS, new PartField(MIGRATION_PERSON_MONTHS, "Migration effort", "person-months",
                "Re-evaluation and prompt work per migration.", false, false,
                PartField.between(0, Migration.MAX_PERSON_MONTHS)));
        fields.put(MIGRATION_COST, new PartField(MIGRATION_COST, "Migration one-time cost", currencyCode,
                "Paid with each migration (evaluation runs, contracts).", false, false,
                PartField.between(0, Migration.MAX_ONE_TIME_COST)));
        fields.put(COMMITTED_TPM, new PartField(COMMITTED_TPM, "Committed capacity", "tokens per minute",
                "Provisioned or reserved throughput: tokens up to this rate at the peak are covered by the fee.",
                false, false, PartField.above(0, Committed.MAX_TOKENS_PER_MINUTE)));
        fields.put(COMMITTED_FEE, new PartField(COMMITTED_FEE, "Committed fee", currencyCode + " per month",
                "Paid every month a plan uses the API, whatever the traffic.", false, false,
                PartField.between(0, Committed.MAX_FEE_PER_MONTH)));
    }

    public String id() {
        return id;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** "US (United States)", or "unknown (meets no residency)". */
    public ReadOnlyStringProperty regionsTextProperty() {
        return regionsText.getReadOnlyProperty();
    }

    /** "Uses anthropic/claude-sonnet-4.5, prices as of 2026-11-01", or "Own numbers". */
    public ReadOnlyStringProperty catalogueTextProperty() {
        return catalogueText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty migrationProperty() {
        return migration.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }

    /** The region codes given; empty when none. */
    public List<String> regions() {
        return regions;
    }

    public PartField field(String key) {
        return fields.get(key);
    }

    public PartField field(Input input) {
        return fields.get(input.path());
    }

    public List<PartField> priceFields() {
        return PRICE_INPUTS.stream().map(this::field).toList();
    }

    public List<PartField> migrationFields() {
        return List.of(fields.get(MIGRATION_EVERY), fields.get(MIGRATION_PERSON_MONTHS), fields.get(MIGRATION_COST));
    }

    public List<PartField> committedFields() {
        return List.of(fields.get(COMMITTED_TPM), fields.get(COMMITTED_FEE));
    }

    List<PartField> all() {
        return List.copyOf(fields.values());
    }

    void setNameError(String rule) {
        nameError.set(rule);
    }

    void show(Api a) {
        name.set(a.name());
        nameError.set("");
        for (Input input : PRICE_INPUTS) {
            fields.get(input.path()).show(a.get(input));
        }
        fields.get(QUALITY).show(a.quality());
        Migration m = a.migration();
        migration.set(m != null);
        fields.get(MIGRATION_EVERY).show(m == null ? Double.NaN : m.everyMonths());
        fields.get(MIGRATION_PERSON_MONTHS).show(m == null ? Double.NaN : m.personMonths());
        fields.get(MIGRATION_COST).show(m == null ? Double.NaN : m.oneTimeCost());
        Committed c = a.committed();
        committed.set(c != null);
        fields.get(COMMITTED_TPM).show(c == null ? Double.NaN : c.tokensPerMinute());
        fields.get(COMMITTED_FEE).show(c == null ? Double.NaN : c.feePerMonth());
        regions = a.regions() == null ? List.of() : a.regions();
        regionsText.set(RegionChoice.describe(a.regions(), "unknown (meets no residency rule)"));
        catalogueText.set(a.apiModel() == null ? "Own numbers (no catalogue entry)"
                : "Uses " + a.apiModel().id() + (a.apiModel().asOf() == null ? "" : ", prices as of " + a.apiModel().asOf()));
    }
}
