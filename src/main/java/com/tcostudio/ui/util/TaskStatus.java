package com.tcostudio.ui.util;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a background task of a ViewModel is doing, for a strip of the window: whether it runs, its
 * progress, one line about it, and its outcome once finished (which a view shows as a message).
 * Changed on the FX thread only.
 */
public final class TaskStatus {
    /** Progress of a task that cannot say how far it is (a spinning bar). */
    public static final double UNKNOWN = -1;

    /** How a task ended: a title and the text for the user; {@code failed} when it did not do its work. */
    public record Outcome(boolean failed, String title, String text) {
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or {@link #UNKNOWN}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last finished task's outcome; null before the first. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public void start(String what) {
        running.set(true);
        progress.set(UNKNOWN);
        message.set(what);
    }

    public void progress(double share) {
        progress.set(share);
    }

    public void done(String title, String text) {
        finish(new Outcome(false, title, text));
    }

    public void failed(String title, String text) {
        finish(new Outcome(true, title, text));
    }

    private void finish(Outcome o) {
        running.set(false);
        progress.set(0);
        message.set("");
        outcome.set(o);
    }
}
