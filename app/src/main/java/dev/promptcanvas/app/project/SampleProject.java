package dev.promptcanvas.app.project;

import dev.promptcanvas.inference.imageio.ImageFolderScanner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.ImportDataset;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.resources.BundledResources;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Installs the bundled sample project: photos, example annotations (some with region captions), captions with
 * grounded phrases, and referring expressions (two of them "no target").
 */
public final class SampleProject {

    private SampleProject() {
    }

    /** Makes {@code target} the sample project unless it already is a project; returns it. */
    public static Path ensureInstalled(Path target) throws IOException, StoreException {
        if (ProjectStore.isProject(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), ".sample-");
        try {
            for (String name : BundledResources.sampleFiles()) {
                try (InputStream in = BundledResources.open("sample/" + name)) {
                    Files.copy(in, staging.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path annotationsFile = staging.resolve("sample-annotations.json");
            JsonNode root = new ObjectMapper().readTree(annotationsFile.toFile());
            Files.delete(annotationsFile);
            ImageFolderScanner.ScanResult scan = ImageFolderScanner.scan(staging);
            try (ProjectStore store = ProjectStore.create(staging)) {
                store.apply(new ImportDataset(dataset(root, scan.images(), staging)));
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            if (Files.exists(staging)) {
                try (Stream<Path> walk = Files.walk(staging)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static Dataset dataset(JsonNode root, List<ImageRecord> scanned, Path dir) throws IOException {
        List<ImageRecord> images = new ArrayList<>();
        Map<String, ImageRecord> byPath = new HashMap<>();
        long id = 1;
        for (ImageRecord img : scanned) {
            ImageRecord withId = img.withId(id++);
            images.add(withId);
            byPath.put(withId.path(), withId);
        }
        List<Category> categories = new ArrayList<>();
        Map<String, Long> categoryIds = new HashMap<>();
        for (JsonNode c : root.get("categories")) {
            long cid = categories.size() + 1L;
            Long parent = c.has("parent") ? categoryIds.get(c.get("parent").asText()) : null;
            categories.add(new Category(cid, c.get("name").asText(), c.path("color").asText(null), parent, null));
            categoryIds.put(c.get("name").asText(), cid);
        }
        List<Annotation> annotations = new ArrayList<>();
        Map<String, Long> annotationIds = new HashMap<>();
        for (JsonNode a : root.get("annotations")) {
            ImageRecord img = byPath.get(a.get("image").asText());
            long aid = annotations.size() + 1L;
            Long parent = a.has("parent") ? annotationIds.get(a.get("parent").asText()) : null;
            Map<String, String> attributes = a.has("caption")
                    ? Map.of("caption", a.get("caption").asText(), "caption_source", Source.human().toText())
                    : Map.of();
            annotations.add(new Annotation(aid, img.id(), categoryIds.get(a.get("category").asText()),
                    geometry(a, img, dir), null, Source.human(), Review.ACCEPTED, false, attributes, parent, null));
            annotationIds.put(a.get("key").asText(), aid);
        }
        List<Caption> captions = new ArrayList<>();
        List<GroundedPhrase> phrases = new ArrayList<>();
        for (JsonNode c : root.get("captions")) {
            Caption caption = new Caption(captions.size() + 1L, byPath.get(c.get("image").asText()).id(),
                    c.get("text").asText(), Source.human());
            captions.add(caption);
            for (JsonNode p : c.path("phrases")) {
                String phrase = p.get("text").asText();
                int start = caption.text().indexOf(phrase);
                if (start < 0) {
                    throw new IOException("sample-annotations.json: phrase '" + phrase + "' is not in caption '"
                            + caption.text() + "'");
                }
                List<Long> targets = new ArrayList<>();
                p.get("targets").forEach(t -> targets.add(annotationIds.get(t.asText())));
                phrases.add(new GroundedPhrase(phrases.size() + 1L, caption.id(), start, start + phrase.length(),
                        targets));
            }
        }
        List<ReferringExpression> expressions = new ArrayList<>();
        for (JsonNode e : root.get("expressions")) {
            List<Long> targets = new ArrayList<>();
            e.get("targets").forEach(t -> targets.add(annotationIds.get(t.asText())));
            expressions.add(new ReferringExpression(expressions.size() + 1L,
                    byPath.get(e.get("image").asText()).id(), e.get("text").asText(), targets,
                    e.path("domain").asText(null)));
        }
        return new Dataset(images, categories, annotations, captions, phrases, expressions, List.of());
    }

    private static Geometry geometry(JsonNode a, ImageRecord img, Path dir) throws IOException {
        if (a.has("box")) {
            JsonNode b = a.get("box");
            return new Box(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
        } else if (a.has("ellipse")) {
            JsonNode e = a.get("ellipse");
            return new Ellipse(e.get(0).asDouble(), e.get(1).asDouble(), e.get(2).asDouble(), e.get(3).asDouble(), 0);
        } else if (a.has("rle")) {
            JsonNode r = a.get("rle");
            return new Mask(Rle.fromString(r.get("counts").asText(), r.get("size").get(0).asInt(),
                    r.get("size").get(1).asInt()));
        } else if (a.has("polygon")) {
            JsonNode p = a.get("polygon");
            double[] xy = new double[p.size()];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = p.get(i).asDouble();
            }
            return Polygon.of(xy);
        }
        return darkPixelMask(dir.resolve(img.path()));
    }

    /** A mask of the image's dark, opaque pixels (the sample horse is a black silhouette). */
    private static Mask darkPixelMask(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rowMajor = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                int luminance = ((argb >> 16 & 0xff) * 299 + (argb >> 8 & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
                rowMajor[y * w + x] = (byte) (alpha > 127 && luminance < 128 ? 1 : 0);
            }
        }
        return new Mask(Rle.encodeRowMajor(rowMajor, h, w));
    }
}
