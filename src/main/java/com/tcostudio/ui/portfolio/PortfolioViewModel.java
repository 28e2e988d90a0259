package com.tcostudio.ui.portfolio;

import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Portfolio;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The portfolio being edited (always valid), as one document: its file, unsaved changes, undo and
 * redo. Every screen of the portfolio (use cases, options, plans) edits through {@link #edit}, so one
 * undo step is one change whichever screen made it. It never touches a control: tested without a robot.
 *
 * <p>Threading: every method is called on the FX thread.
 */
public final class PortfolioViewModel {
    static final int UNDO_LIMIT = 200;

    /** Reads a scenario file as a portfolio (a version 1 file migrated); the exception's text names file, field and rule. */
    @FunctionalInterface
    public interface Reader {
        Opened read(Path file) throws IOException;
    }

    /** Writes a portfolio as a version 2 file (atomically). */
    @FunctionalInterface
    public interface Writer {
        void write(Portfolio portfolio, Path file) throws IOException;
    }

    /** A file read: the portfolio and the schema version the file had. */
    public record Opened(Portfolio portfolio, int schemaVersion) {
    }

    private final Reader reader;
    private final Writer writer;
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>(this, "portfolio");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper fromVersion1 = new ReadOnlyBooleanWrapper(this, "fromVersion1");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<Portfolio> undo = new ArrayDeque<>();
    private final Deque<Portfolio> redo = new ArrayDeque<>();
    /** The field whose typing made the newest undo step: more keystrokes there extend that step. */
    private Object typing;

    public PortfolioViewModel(Portfolio initial, Reader reader, Writer writer) {
        this.reader = reader;
        this.writer = writer;
        dirty.addListener((o, was, is) -> updateTitle());
        file.addListener((o, was, is) -> updateTitle());
        portfolio.addListener((o, was, is) -> updateTitle());
        show(initial, null, false);
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while the document is a version 1 file that has not been saved as version 2 yet. */
    public ReadOnlyBooleanProperty fromVersion1Property() {
        return fromVersion1.getReadOnlyProperty();
    }

    /** Window title: portfolio name, file and a star for unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * Makes the edited portfolio current as one undo step, or returns why it is refused (the rule in
     * words, nothing changed). {@code typingKey}: the field being typed into, so that a run of
     * keystrokes in one field is one step; null for a command (add, remove, pick).
     */
    public Optional<String> edit(Supplier<Portfolio> change, Object typingKey) {
        Portfolio next;
        try {
            next = change.get();
        } catch (InvalidScenarioException e) {
            return Optional.of(e.problems().get(0).rule());
        }
        Portfolio current = portfolio.get();
        if (next.equals(current)) {
            return Optional.empty();
        }
        if (typingKey == null || !Objects.equals(typingKey, typing) || undo.isEmpty()) {
            undo.push(current);
            while (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
        }
        typing = typingKey;
        redo.clear();
        portfolio.set(next);
        dirty.set(true);
        updateUndo();
        return Optional.empty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(portfolio.get());
            typing = null;
            portfolio.set(undo.pop());
            dirty.set(true);
            updateUndo();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(portfolio.get());
            typing = null;
            portfolio.set(redo.pop());
            dirty.set(true);
            updateUndo();
        }
    }

    /** A new, unsaved document (File > New, New from template). */
    public void newDocument(Portfolio p) {
        show(p, null, false);
    }

    /** Opens a file; on failure nothing changes and the exception's text says why. */
    public void open(Path path) throws IOException {
        Opened o = reader.read(path);
        show(o.portfolio(), path, o.schemaVersion() < 2);
    }

    /**
     * Saves to the current file; false when there is none yet (use {@link #saveAs}). A version 1
     * document is written as version 2: the view asks the user once before calling this.
     */
    public boolean save() throws IOException {
        if (file.get() == null) {
            return false;
        }
        writer.write(portfolio.get(), file.get());
        dirty.set(false);
        fromVersion1.set(false);
        return true;
    }

    public void saveAs(Path path) throws IOException {
        writer.write(portfolio.get(), path);
        file.set(path);
        dirty.set(false);
        fromVersion1.set(false);
    }

    private void show(Portfolio p, Path path, boolean v1) {
        typing = null;
        undo.clear();
        redo.clear();
        portfolio.set(p);
        file.set(path);
        fromVersion1.set(v1);
        dirty.set(false);
        updateUndo();
        updateTitle();
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void updateTitle() {
        Portfolio p = portfolio.get();
        String name = p == null ? "" : p.name();
        String where = file.get() == null ? "not saved" : String.valueOf(file.get().getFileName());
        title.set((dirty.get() ? "* " : "") + name + " (" + where + ") - TCO Studio");
    }
}
