package com.tcostudio.ui.util;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestWinsTest {
    /** Background and FX thread as queues the test drains by hand, so the order of events is fixed. */
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final List<Double> progress = new ArrayList<>();
    private final LatestWins runner = new LatestWins(background::add, fx::add, progress::add);
    private final List<String> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private static void drain(Deque<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    @Test
    void aJobSupersededBeforeItStartsDoesNoWork() {
        List<String> worked = new ArrayList<>();
        runner.submit(job -> { worked.add("old"); return "old"; }, shown::add, e -> failures.add(e.getMessage()));
        runner.submit(job -> { worked.add("new"); return "new"; }, shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        drain(fx);
        assertEquals(List.of("new"), worked);
        assertEquals(List.of("new"), shown);
    }

    @Test
    void aResultThatArrivesAfterANewerSubmitIsDropped() {
        runner.submit(job -> "old", shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        // the old result waits for the FX thread while a newer job is submitted
        runner.submit(job -> "new", shown::add, e -> failures.add(e.getMessage()));
        drain(fx);
        assertEquals(List.of(), shown);
        drain(background);
        drain(fx);
        assertEquals(List.of("new"), shown);
    }

    @Test
    void progressAndFailureReachTheFxThreadOnlyForTheNewestJob() {
        runner.<String>submit(job -> {
            job.progress(0.5);
            throw new IllegalStateException("disk full");
        }, shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        drain(fx);
        assertEquals(List.of(0.5), progress);
        assertEquals(List.of("disk full"), failures);
        runner.<String>submit(job -> {
            job.progress(0.25);
            throw new IllegalStateException("late");
        }, shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        runner.cancel();
        drain(fx);
        assertEquals(List.of(0.5), progress);
        assertEquals(List.of("disk full"), failures);
    }

    @Test
    void aStaleJobThatStopsIsNeitherAResultNorAFailure() {
        boolean[] sawStale = new boolean[1];
        runner.<String>submit(job -> {
            runner.cancel();
            sawStale[0] = job.stale();
            job.stopIfStale();
            return "never";
        }, shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        drain(fx);
        assertTrue(sawStale[0]);
        assertEquals(List.of(), shown);
        assertEquals(List.of(), failures);
    }

    @Test
    void aCancellationThrownByTheWorkIsNotAFailure() {
        runner.<String>submit(job -> {
            throw new CancellationException("stopped by the simulation");
        }, shown::add, e -> failures.add(e.getMessage()));
        drain(background);
        drain(fx);
        assertEquals(List.of(), failures);
    }
}
