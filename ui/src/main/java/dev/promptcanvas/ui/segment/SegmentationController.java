package dev.promptcanvas.ui.segment;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.inference.models.ModelDirs;
import dev.promptcanvas.inference.models.ModelRegistry;
import dev.promptcanvas.inference.segment.EmbeddingCache;
import dev.promptcanvas.inference.segment.ImageEmbedding;
import dev.promptcanvas.inference.segment.ImageSource;
import dev.promptcanvas.inference.segment.MaskCandidate;
import dev.promptcanvas.inference.segment.PreEncodeQueue;
import dev.promptcanvas.inference.segment.Sam2Options;
import dev.promptcanvas.inference.segment.SegmentationResult;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.segment.Segmenters;
import dev.promptcanvas.ui.session.PromptSession;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;

/**
 * Turns the prompt session into mask previews: every change of the prompts decodes off the FX thread (stale answers
 * are dropped), Tab cycles the candidates, Enter accepts one as an annotation with its prompt record, Esc discards.
 * The shown image is encoded at once and the next two are queued at low priority.
 */
public final class SegmentationController implements AutoCloseable {

    /** What the viewer shows: a candidate mask and its place among the candidates. */
    public record Preview(SegmentationResult result, int index) {
        public MaskCandidate candidate() {
            return result.candidates().get(index);
        }
    }

    private final WorkbenchSession session;
    private final PromptSession prompts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segmenter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<String> modelDescription = new SimpleObjectProperty<>("Segmenter: loading…");
    private CompletableFuture<Segmenter> segmenter;
    private PreEncodeQueue queue;
    private float[] lastLogits;
    private int lastPromptCount;

    public SegmentationController(WorkbenchSession session, PromptSession prompts) {
        this.session = session;
        this.prompts = prompts;
        Path cacheDir = session.store().directory().resolve(".promptcanvas/cache/embeddings");
        this.segmenter = CompletableFuture.supplyAsync(() -> {
            EmbeddingCache cache = EmbeddingCache.withDefaults(cacheDir);
            Segmenter s = Segmenters.openDefault(new ModelRegistry(ModelDirs.userModels()),
                    Sam2Options.defaults().withCache(cache));
            queue = new PreEncodeQueue(s, cache);
            return s;
        }, worker);
        segmenter.whenComplete((s, e) -> Platform.runLater(() -> modelDescription.set(e != null
                ? "Segmenter failed to load: " + rootMessage(e) : "Segmenter: " + s.modelId() + " on " + s.device())));
        prompts.addListener(this::promptsChanged);
        session.currentImageProperty().addListener((obs, o, img) -> imageShown(img));
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public ReadOnlyObjectProperty<String> modelDescriptionProperty() {
        return modelDescription;
    }

    /** A task that encodes every image of the project not yet in the cache (progress, cancel; rerun resumes). */
    public javafx.concurrent.Task<Integer> preEncodeAllTask() {
        return new PreEncodeTask(() -> {
            segmenter.join();
            List<ImageSource> all = session.images().stream().map(this::source).toList();
            return queue.preEncodeAll(all, (stage, done, total) -> { });
        });
    }

    /** Tab: the next candidate. */
    public void nextCandidate() {
        Preview p = preview.get();
        if (p != null && p.result().candidates().size() > 1) {
            Preview next = new Preview(p.result(), (p.index() + 1) % p.result().candidates().size());
            preview.set(next);
            lastLogits = next.candidate().lowResLogits();
            session.messageProperty().set("Candidate " + (next.index() + 1) + " of " + p.result().candidates().size()
                    + " (score " + String.format("%.2f", next.candidate().score()) + ")");
        }
    }

    /** Enter: the shown candidate becomes an annotation with the current label and its prompt record. */
    public boolean accept() {
        Preview p = preview.get();
        ImageRecord img = session.currentImageProperty().get();
        Segmenter s = segmenter.getNow(null);
        if (p == null || img == null || s == null) {
            return false;
        }
        Category c = session.currentCategoryProperty().get();
        if (c == null) {
            session.messageProperty().set("Add or pick a label first (Q)");
            return true;
        }
        MaskCandidate chosen = p.candidate();
        if (chosen.mask().area() == 0) {
            session.messageProperty().set("The mask is empty; add prompts or press Tab for another candidate");
            return true;
        }
        Source source = Source.model(s.modelId(), "");
        PromptRecord record = new PromptRecord(0, img.id(), prompts.prompts(), s.modelId(), "", p.index(),
                (double) chosen.score(), List.of());
        Annotation a = new Annotation(0, img.id(), c.id(), new Mask(chosen.mask()), (double) chosen.score(), source,
                Review.ACCEPTED, false, Map.of(), null, null);
        session.apply(new AddAnnotation(a, record)).ifPresent(added -> {
            session.select(added);
            session.messageProperty().set("Added " + c.name() + " mask from " + s.modelId());
        });
        discard();
        return true;
    }

    /** Esc: forget the preview and the prompts. */
    public void discard() {
        generation.incrementAndGet();
        preview.set(null);
        lastLogits = null;
        lastPromptCount = 0;
        prompts.clear();
    }

    private void imageShown(ImageRecord img) {
        generation.incrementAndGet();
        preview.set(null);
        lastLogits = null;
        lastPromptCount = 0;
        if (img == null) {
            return;
        }
        segmenter.thenAccept(s -> {
            List<ImageRecord> all = session.images();
            int at = all.indexOf(img);
            List<ImageSource> next = all.subList(Math.min(all.size(), at + 1), Math.min(all.size(), at + 3))
                    .stream().map(this::source).toList();
            queue.show(source(img), next);
        });
    }

    private void promptsChanged(List<Prompt> list) {
        long gen = generation.incrementAndGet();
        ImageRecord img = session.currentImageProperty().get();
        if (list.isEmpty() || img == null) {
            preview.set(null);
            lastLogits = null;
            lastPromptCount = 0;
            return;
        }
        float[] previous = list.size() == lastPromptCount + 1 ? lastLogits : null;
        lastPromptCount = list.size();
        segmenter.thenAcceptAsync(s -> {
            try {
                long started = System.nanoTime();
                ImageEmbedding embedding = queue.show(source(img), List.of()).join();
                double waitedMs = (System.nanoTime() - started) / 1e6;
                if (generation.get() != gen) {
                    return;
                }
                SegmentationResult result = s.decode(embedding, list, previous);
                Platform.runLater(() -> {
                    if (generation.get() == gen) {
                        Preview p = new Preview(result, result.bestIndex());
                        preview.set(p);
                        lastLogits = p.candidate().lowResLogits();
                        session.latencyProperty().set(String.format("%s: encoder %.0f ms%s · decoder %.0f ms",
                                s.modelId(), embedding.timings().encodeMs() + embedding.timings().preprocessMs(),
                                waitedMs < 5 ? " (cached)" : "",
                                result.timings().decodeMs() + result.timings().postprocessMs()));
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (generation.get() == gen) {
                        session.messageProperty().set("Segmentation: " + rootMessage(e));
                    }
                });
            }
        }, worker);
    }

    private ImageSource source(ImageRecord img) {
        Path file = Path.of(img.path()).isAbsolute() ? Path.of(img.path())
                : session.store().directory().resolve(img.path());
        String hash = img.contentHash().isEmpty() ? img.path() : img.contentHash();
        return new ImageSource(hash, () -> {
            BufferedImage read = ImageIO.read(file.toFile());
            if (read == null) {
                throw new java.io.IOException(file + ": not a readable image");
            }
            return read;
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t != t.getCause()) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        segmenter.thenAccept(s -> {
            if (queue != null) {
                queue.close();
            }
            s.close();
        });
        worker.shutdown();
    }
}
