package dev.promptcanvas.inference.vlm.lab;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.VlmException;
import dev.promptcanvas.inference.vlm.task.RegionCaptionTask;
import dev.promptcanvas.inference.vlm.task.TaskOptions;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One region and one question asked N times, once per visual-prompt style, at most {@code parallelism} calls at a
 * time; the answers come back in style order with their latencies, a failed style as an error rather than an
 * exception. Interrupting the calling thread cancels the calls still running.
 */
public final class PromptLab {

    private final RegionCaptionTask task;
    private final int parallelism;

    public PromptLab(RegionCaptionTask task, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("prompt lab: parallelism must be at least 1");
        }
        this.task = task;
        this.parallelism = parallelism;
    }

    /**
     * @param question a question template; {region} becomes each style's phrase for the mark
     */
    public List<LabRun> run(VlmImage image, Geometry region, String question, List<VisualPromptStyle> styles,
                            RenderOptions render, TaskOptions options) throws InterruptedException {
        if (styles == null || styles.isEmpty()) {
            throw new IllegalArgumentException("prompt lab: choose at least one style");
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, styles.size()), r -> {
            Thread t = new Thread(r, "prompt-lab");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LabRun>> futures = new ArrayList<>();
            for (VisualPromptStyle s : styles) {
                futures.add(pool.submit(() -> one(image, region, question, s, render, options)));
            }
            List<LabRun> out = new ArrayList<>();
            for (Future<LabRun> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("prompt lab: unexpected failure", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private LabRun one(VlmImage image, Geometry region, String question, VisualPromptStyle style,
                       RenderOptions render, TaskOptions options) {
        long t0 = System.nanoTime();
        try {
            var r = task.run(image, region, style, render, question, options);
            return new LabRun(style, r, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (VlmException | IllegalArgumentException e) {
            return new LabRun(style, null, e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
