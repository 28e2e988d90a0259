package com.tcostudio.ui.main;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.HybridPolicy;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.TypicalValues;
import com.tcostudio.io.scenario.LoadedScenario;
import com.tcostudio.io.scenario.ScenarioFileException;
import com.tcostudio.io.scenario.ScenarioFiles;
import com.tcostudio.io.scenario.ScenarioWriter;
import com.tcostudio.report.InputSource;
import com.tcostudio.ui.util.LatestWins;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * State and commands of the main window: the scenario being edited (always valid), the text of
 * every input field with its rule when refused, the latest evaluation, the document (file, unsaved
 * changes) and undo/redo. Views bind to it; it never touches a control, so it is tested without a
 * robot.
 *
 * <p>Threading: every method is called on the FX thread. Evaluations run on {@code background}
 * and their results come back through {@code fxThread}; a newer edit makes an older evaluation
 * skip its work and its result (coalescing), so a burst of edits costs one evaluation.
 */
public final class MainViewModel {
    private static final int UNDO_LIMIT = 200;

    private CatalogueLookup catalogue;
    private final Supplier<Scenario> defaultScenario;
    /** Evaluations: a newer edit makes an older evaluation skip its work and its result. */
    private final LatestWins evaluations;
    private final ScenarioWriter writer = new ScenarioWriter();

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final Map<Input, InputField> fields = new EnumMap<>(Input.class);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    /**
     * The scenario as last opened or saved: the document is unsaved exactly when the scenario
     * differs from it, so undoing back to it clears the star.
     */
    private Scenario saved;
    /** True while fields are being filled from the scenario, so that this is not taken as an edit. */
    private boolean showing;
    /**
     * The input whose typing made the newest undo step: further keystrokes in the same field extend
     * that step instead of adding one per character.
     */
    private Input typing;

    public MainViewModel(CatalogueLookup catalogue, Supplier<Scenario> defaultScenario, Executor background,
                         Executor fxThread) {
        this.catalogue = catalogue;
        this.defaultScenario = defaultScenario;
        this.evaluations = new LatestWins(background, fxThread);
        for (Input input : Input.values()) {
            InputField field = new InputField(input);
            field.textProperty().addListener((obs, old, now) -> edited(field));
            fields.put(input, field);
        }
        dirty.addListener((obs, old, now) -> updateTitle());
        file.addListener((obs, old, now) -> updateTitle());
        show(defaultScenario.get(), null);
    }

    /** A new catalogue (after an import): override markers and later reads use it. */
    public void setCatalogue(CatalogueLookup newCatalogue) {
        catalogue = newCatalogue;
        refreshMarkers(scenario.get());
    }

    // ---- state -------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario scenario() {
        return scenario.get();
    }

    /** The latest evaluation; stays on the last valid scenario's while a field is refused. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public InputField field(Input input) {
        return fields.get(input);
    }

    public Map<Input, InputField> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Window title: scenario name, file and a star for unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether any field holds text that was refused. */
    public boolean hasRefusedInput() {
        return fields.values().stream().anyMatch(f -> f.applicableProperty().get() && !f.errorProperty().get().isEmpty());
    }

    // ---- edits -------------------------------------------------------------------------------

    public void setName(String name) {
        tryCommit(() -> scenario.get().toBuilder().name(name).build());
    }

    /**
     * Switches between rented and owned GPUs. A GPU offer of the other kind (a rental when buying,
     * a purchase when renting) no longer says where the numbers come from: its reference is
     * dropped, so that neither the window nor the saved file names it; undo brings it back.
     */
    public void setHostingMode(HostingMode mode) {
        Scenario.Builder b = scenario.get().toBuilder().hostingMode(mode);
        scenario.get().catalogueRef(CatalogueSlot.GPU_OFFER).ifPresent(ref -> {
            if (!offerServes(ref.id(), mode)) {
                b.catalogueRef(CatalogueSlot.GPU_OFFER, null);
            }
        });
        tryCommit(() -> withApplicableRanges(TypicalValues.fillMissing(b, scenario.get().currency().perUsd()), mode,
                scenario.get().hybridPolicy()).build());
    }

    /**
     * Whether a GPU offer prices the hosting mode: an hourly price for renting, a purchase price for
     * owning. An offer the catalogue does not know is of neither kind, so it is kept for the mode it
     * was chosen in only.
     */
    private boolean offerServes(String id, HostingMode mode) {
        Input price = mode == HostingMode.OWN ? Input.CAPEX_PER_GPU : Input.GPU_HOURLY;
        return catalogue.find(CatalogueSlot.GPU_OFFER, id).map(e -> e.values().containsKey(price))
                .orElse(mode == scenario.get().hostingMode());
    }

    public void setAmortize(boolean amortize) {
        tryCommit(() -> scenario.get().toBuilder().amortize(amortize).build());
    }

    public void setHybridPolicy(HybridPolicy policy) {
        tryCommit(() -> withApplicableRanges(TypicalValues.fillMissing(scenario.get().toBuilder().hybridPolicy(policy),
                scenario.get().currency().perUsd()), scenario.get().hostingMode(), policy).build());
    }

    /**
     * Drops the ranges of inputs that the new hosting mode or hybrid policy does not use (a range
     * on the GPU hourly price means nothing for owned GPUs); undo brings them back.
     */
    private Scenario.Builder withApplicableRanges(Scenario.Builder b, HostingMode mode, HybridPolicy policy) {
        for (Input input : scenario.get().uncertainty().keySet()) {
            if (!input.appliesTo(mode, policy)) {
                b.uncertainty(input, null);
            }
        }
        return b;
    }

    /**
     * Gives an input a range (Monte Carlo, sensitivity), as one undoable step. Returns the rule the
     * range breaks, in words, when the scenario refuses it; nothing changes then.
     */
    public Optional<String> setRange(Input input, Distribution range) {
        try {
            commit(scenario.get().toBuilder().uncertainty(input, range).build(), false, null);
            return Optional.empty();
        } catch (InvalidScenarioException e) {
            return Optional.of(e.problems().get(0).rule());
        }
    }

    /**
     * Changes the scenario's currency or its rate, as one undoable step. Another currency converts
     * every amount through USD (amount x new rate / old rate), ranges too. The same currency at
     * another rate re-converts only the numbers that are the catalogue's USD prices; numbers
     * written in that currency stay as they are.
     */
    public void setCurrency(Currency next) {
        Scenario s = scenario.get();
        Currency old = s.currency();
        if (next.equals(old)) {
            return;
        }
        double factor = next.perUsd() / old.perUsd();
        boolean sameCode = next.code().equals(old.code());
        Scenario.Builder b = s.toBuilder().currency(next);
        for (Input input : Input.values()) {
            if (!input.unit().isMoney() || Double.isNaN(s.get(input))) {
                continue;
            }
            InputSource.Kind source = InputSource.of(s, input, catalogue).kind();
            boolean catalogues = source == InputSource.Kind.CONVERTED || source == InputSource.Kind.CATALOGUE;
            if (!sameCode || catalogues) {
                b.set(input, s.get(input) * factor);
                Distribution range = s.uncertainty().get(input);
                if (range != null) {
                    b.uncertainty(input, new Distribution(range.kind(), range.low() * factor, range.mode() * factor,
                            range.high() * factor));
                }
            }
        }
        tryCommit(b::build);
    }

    /** Makes the input a plain number again. */
    public void removeRange(Input input) {
        tryCommit(() -> scenario.get().toBuilder().uncertainty(input, null).build());
    }

    /**
     * Copies a catalogue entry's numbers into the scenario (converted to its currency) and records
     * the entry and its as-of date. Numbers the entry does not give are left as they are.
     */
    public void useCatalogueEntry(CatalogueSlot slot, String id) {
        Optional<CatalogueLookup.Entry> entry = catalogue.find(slot, id);
        if (entry.isEmpty()) {
            return;
        }
        Scenario s = scenario.get();
        Scenario.Builder b = s.toBuilder();
        for (Map.Entry<Input, Double> value : entry.get().values().entrySet()) {
            Input input = value.getKey();
            b.set(input, InputSource.inScenarioCurrency(value.getValue(), input, s.currency()));
        }
        b.catalogueRef(slot, new CatalogueRef(id, entry.get().asOf()));
        tryCommit(b::build);
    }

    /**
     * Undoes the latest edit. Text refused at a field is the latest edit, not yet in the scenario:
     * it goes first, and the field shows the scenario's value again; then the scenario's steps,
     * newest first (a run of keystrokes in one field is one step).
     */
    public void undo() {
        boolean refusedText = false;
        for (InputField field : fields.values()) {
            if (!field.errorProperty().get().isEmpty()) {
                refusedText = true;
                showing = true;
                try {
                    field.textProperty().set(NumberText.format(scenario.get().get(field.input())));
                    field.setError("");
                } finally {
                    showing = false;
                }
            }
        }
        if (refusedText) {
            typing = null;
            return;
        }
        if (!undo.isEmpty()) {
            redo.push(scenario.get());
            apply(undo.pop());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(scenario.get());
            apply(redo.pop());
        }
    }

    private void edited(InputField field) {
        if (showing) {
            return;
        }
        Input input = field.input();
        OptionalDouble parsed = NumberText.parse(field.textProperty().get());
        double value;
        if (parsed.isEmpty()) {
            if (!input.isOptional()) {
                field.setError("is required");
                return;
            }
            value = Double.NaN;
        } else {
            value = parsed.getAsDouble();
            if (Double.isNaN(value)) {
                field.setError("must be a number, such as 2500, 2.5e9 or 2.5bn");
                return;
            }
            Optional<String> rule = input.check(value);
            if (rule.isPresent()) {
                field.setError(rule.get());
                return;
            }
        }
        try {
            Scenario next = scenario.get().with(input, value);
            field.setError("");
            commit(next, false, input);
        } catch (InvalidScenarioException e) {
            field.setError(e.problems().get(0).rule());
        }
    }

    private void tryCommit(Supplier<Scenario> next) {
        try {
            commit(next.get(), true, null);
        } catch (InvalidScenarioException e) {
            // structural edits come from choices, not typing: a refusal means a missing value,
            // which typical values prevent; keep the last valid scenario
        }
    }

    /**
     * Makes {@code next} the scenario, remembering the current one for undo (once per run of
     * keystrokes in one field: {@code typedInto}).
     */
    private void commit(Scenario next, boolean refreshFields, Input typedInto) {
        Scenario current = scenario.get();
        if (next.equals(current)) {
            return;
        }
        if (typedInto == null || typedInto != typing || undo.isEmpty()) {
            undo.push(current);
        }
        typing = typedInto;
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        scenario.set(next);
        updateDirty();
        if (refreshFields) {
            showFields(next);
        } else {
            refreshMarkers(next);
        }
        updateUndo();
        evaluate();
    }

    private void apply(Scenario s) {
        typing = null;
        scenario.set(s);
        updateDirty();
        showFields(s);
        updateUndo();
        evaluate();
    }

    // ---- documents ---------------------------------------------------------------------------

    /** A new document on the built-in default scenario. */
    public void newScenario() {
        show(defaultScenario.get(), null);
    }

    /**
     * Opens a scenario file. On failure nothing changes: the exception names the file, field and
     * rule for the dialog.
     */
    public void open(Path path) throws ScenarioFileException {
        LoadedScenario loaded = new ScenarioFiles(catalogue).read(path);
        if (!loaded.isV1()) {
            // the portfolio screens are not part of this window: say so instead of showing a part of the file
            throw new ScenarioFileException(path.toString(), "schemaVersion", "is 2: this file is a portfolio ("
                    + loaded.portfolio().workloads().size() + " use cases, " + loaded.portfolio().plans().size()
                    + " plans), which this window does not show yet; evaluate it with: tco-studio evaluate FILE");
        }
        show(loaded.scenario(), path);
    }

    /** Saves to the current file; false when the document has none yet (then use Save As). */
    public boolean save() throws IOException {
        if (file.get() == null) {
            return false;
        }
        writer.write(scenario.get(), file.get());
        markSaved();
        return true;
    }

    public void saveAs(Path path) throws IOException {
        writer.write(scenario.get(), path);
        file.set(path);
        markSaved();
    }

    private void show(Scenario s, Path path) {
        typing = null;
        undo.clear();
        redo.clear();
        scenario.set(s);
        file.set(path);
        markSaved();
        showFields(s);
        updateUndo();
        updateTitle();
        evaluate();
    }

    private void showFields(Scenario s) {
        showing = true;
        try {
            for (InputField field : fields.values()) {
                field.textProperty().set(NumberText.format(s.get(field.input())));
                field.setError("");
            }
        } finally {
            showing = false;
        }
        refreshMarkers(s);
    }

    /** Applicability, ranges and catalogue-override markers of every field. */
    private void refreshMarkers(Scenario s) {
        for (InputField field : fields.values()) {
            field.setApplicable(field.input().appliesTo(s.hostingMode(), s.hybridPolicy()));
            field.setRange(s.uncertainty().get(field.input()));
            field.setOverride(false, "");
        }
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            s.catalogueRef(slot).flatMap(ref -> catalogue.find(slot, ref.id())).ifPresent(entry -> {
                for (Map.Entry<Input, Double> value : entry.values().entrySet()) {
                    Input input = value.getKey();
                    if (!input.appliesTo(s.hostingMode(), s.hybridPolicy())) {
                        continue;
                    }
                    double fromCatalogue = InputSource.inScenarioCurrency(value.getValue(), input, s.currency());
                    fields.get(input).setOverride(!InputSource.same(s.get(input), fromCatalogue),
                            NumberText.format(fromCatalogue) + " from " + entry.id() + " (as of " + entry.asOf() + ")");
                }
            });
        }
    }

    private void markSaved() {
        saved = scenario.get();
        updateDirty();
    }

    private void updateDirty() {
        dirty.set(!scenario.get().equals(saved));
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void updateTitle() {
        Scenario s = scenario.get();
        String name = s == null ? "" : s.name();
        String where = file.get() == null ? "not saved" : String.valueOf(file.get().getFileName());
        title.set((dirty.get() ? "* " : "") + name + " (" + where + ") - TCO Studio");
    }

    // ---- evaluation --------------------------------------------------------------------------

    private void evaluate() {
        Scenario s = scenario.get();
        // a valid scenario always evaluates: a failure here is a bug, left to the thread's handler
        evaluations.submit(job -> CostEngine.DEFAULT.evaluate(s), evaluation::set, e -> {
            throw e;
        });
    }
}
