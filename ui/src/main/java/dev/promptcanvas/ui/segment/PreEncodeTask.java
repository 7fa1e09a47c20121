package dev.promptcanvas.ui.segment;

import dev.promptcanvas.inference.segment.PreEncodeJob;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * "Pre-encode all images" as a JavaFX task for the progress view: starts the job, reports its progress, and
 * cancels it when the task is cancelled. Images already in the cache are skipped, so running it again resumes.
 */
final class PreEncodeTask extends Task<Integer> {

    private final Supplier<PreEncodeJob> start;
    private volatile PreEncodeJob job;

    PreEncodeTask(Supplier<PreEncodeJob> start) {
        this.start = start;
        updateTitle("Pre-encoding all images");
    }

    @Override
    protected Integer call() throws Exception {
        job = start.get();
        while (!job.result().isDone()) {
            if (isCancelled()) {
                job.cancel();
                break;
            }
            updateProgress(job.done(), job.total());
            updateMessage(job.done() + " of " + job.total() + " (" + job.encoded() + " encoded, "
                    + (job.done() - job.encoded() - job.failed()) + " already cached, " + job.failed() + " failed)");
            Thread.sleep(200);
        }
        updateProgress(job.done(), job.total());
        return job.encoded();
    }

    @Override
    protected void cancelled() {
        if (job != null) {
            job.cancel();
        }
    }
}
