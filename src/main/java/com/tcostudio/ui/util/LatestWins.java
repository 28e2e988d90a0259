package com.tcostudio.ui.util;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Runs work off the FX thread where only the newest request counts: starting a job makes every
 * earlier one of this runner stale, so a stale job skips its work if it has not begun, may stop
 * early by asking {@link Job#stale()}, and its result, failure and progress are dropped. A burst of
 * edits therefore costs one computation, and a slow old result never overwrites a newer one.
 *
 * <p>Threading: {@link #submit} and {@link #cancel} are called on the FX thread; the work runs on
 * {@code background}; results, failures and progress come back through {@code fxThread}.
 */
public final class LatestWins {
    /** What a running job may ask: whether it is still wanted, and to show its progress. */
    public interface Job {
        /** True once a newer job was submitted or the runner was cancelled: the work may stop. */
        boolean stale();

        /** Progress from 0 to 1, shown only while this job is the newest. */
        void progress(double share);

        /**
         * Throws {@link CancellationException} when the job is stale: for work that checks between
         * steps and has nothing to hand back.
         */
        default void stopIfStale() {
            if (stale()) {
                throw new CancellationException("superseded");
            }
        }
    }

    private final Executor background;
    private final Executor fxThread;
    private final DoubleConsumer progress;
    private final AtomicLong generation = new AtomicLong();

    /** @param progress receives the newest job's progress on the FX thread */
    public LatestWins(Executor background, Executor fxThread, DoubleConsumer progress) {
        this.background = background;
        this.fxThread = fxThread;
        this.progress = progress;
    }

    /** Without progress. */
    public LatestWins(Executor background, Executor fxThread) {
        this(background, fxThread, p -> { });
    }

    /**
     * Starts {@code work}; {@code done} gets its result, {@code failed} its exception (a
     * {@link CancellationException} is not a failure: it means a newer job took over), both on the
     * FX thread and only if no newer job was submitted meanwhile.
     */
    public <T> void submit(Function<Job, T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        long mine = generation.incrementAndGet();
        Job job = new Job() {
            @Override
            public boolean stale() {
                return generation.get() != mine;
            }

            @Override
            public void progress(double share) {
                fxThread.execute(() -> {
                    if (!stale()) {
                        progress.accept(share);
                    }
                });
            }
        };
        background.execute(() -> {
            if (job.stale()) {
                return;
            }
            try {
                T result = work.apply(job);
                fxThread.execute(() -> {
                    if (!job.stale()) {
                        done.accept(result);
                    }
                });
            } catch (CancellationException e) {
                // superseded: the newer job speaks for itself
            } catch (RuntimeException e) {
                fxThread.execute(() -> {
                    if (!job.stale()) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    /** Makes every submitted job stale: nothing of them reaches the FX thread any more. */
    public void cancel() {
        generation.incrementAndGet();
    }
}
