package dev.promptcanvas.annotations.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.grit.GritFormat;
import dev.promptcanvas.annotations.formats.humanref.HumanRefFormat;
import dev.promptcanvas.annotations.formats.humanref.HumanRefPredictionsFormat;
import dev.promptcanvas.annotations.formats.kosmos2.Kosmos2Format;
import dev.promptcanvas.annotations.formats.odvg.OdvgFormat;
import dev.promptcanvas.annotations.formats.sa1b.Sa1bFormat;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the GRIT, ODVG, KOSMOS-2, HumanRef and SA-1B exports that scripts/crosscheck/grounding_formats_check.sh
 * checks with Python (string slicing in code points, pycocotools for the RLEs): into
 * {@code $PROMPTCANVAS_EXPORT_SAMPLES} when set, else a temporary folder. Each export is also read back here.
 */
class GroundingExportSamplesTest {

    @TempDir
    Path temp;

    private Path root() throws IOException {
        String env = System.getenv("PROMPTCANVAS_EXPORT_SAMPLES");
        Path root = env == null || env.isBlank() ? temp : Path.of(env);
        Files.createDirectories(root);
        return root;
    }

    /** People of every area kind (masks with holes too) on images of odd sizes, and expressions naming 0-3. */
    static Dataset people(long seed) {
        RandomDatasets random = new RandomDatasets(seed);
        List<ImageRecord> images = List.of(new ImageRecord(1, "crowd/a.jpg", 97, 61, ""),
                new ImageRecord(2, "b.jpg", 45, 80, ""), new ImageRecord(3, "c.jpg", 120, 33, ""));
        List<Annotation> annotations = new ArrayList<>();
        List<ReferringExpression> expressions = new ArrayList<>();
        String[] domains = {"attribute/color", "position", null, "interaction/hug", "reasoning"};
        for (ImageRecord image : images) {
            List<Long> ids = new ArrayList<>();
            List<Geometry> shapes = new ArrayList<>(List.of(random.box(image.width(), image.height()),
                    random.polygon(image.width(), image.height()), random.mask(image.width(), image.height()),
                    random.ellipse(image.width(), image.height(), false),
                    random.maskWithHole(image.width(), image.height()),
                    random.polygonWithHole(image.width(), image.height())));
            for (Geometry g : shapes) {
                long id = annotations.size() + 1L;
                annotations.add(Annotation.of(image.id(), 1, g).withId(id));
                ids.add(id);
            }
            for (int e = 0; e < 6; e++) {
                List<Long> targets = new ArrayList<>();
                int n = random.random().nextInt(4);
                for (int k = 0; k < n; k++) {
                    long id = ids.get(random.random().nextInt(ids.size()));
                    if (!targets.contains(id)) {
                        targets.add(id);
                    }
                }
                expressions.add(new ReferringExpression(expressions.size() + 1L, image.id(), "person " + e,
                        targets, domains[e % domains.length]));
            }
        }
        return new Dataset(images, List.of(Category.named("person").withId(1)), annotations, null, null,
                expressions, null);
    }

    @Test
    void writeSamples() throws Exception {
        Path root = root();
        Dataset people = people(5);
        new HumanRefFormat().write(ExportSource.of(people), root.resolve("humanref/gt.jsonl"),
                WriteOptions.defaults(null));
        new HumanRefPredictionsFormat().write(ExportSource.of(people), root.resolve("humanref/pred.jsonl"),
                WriteOptions.defaults(null));
        assertThat(new HumanRefFormat().read(root.resolve("humanref/gt.jsonl"), ReadOptions.defaults()).dataset()
                .expressions()).hasSize(people.expressions().size());
        new Sa1bFormat().write(ExportSource.of(people), root.resolve("sa1b"), WriteOptions.defaults(null));
        assertThat(new Sa1bFormat().read(root.resolve("sa1b"), ReadOptions.defaults()).dataset().annotations())
                .hasSize(people.annotations().size());
        for (long seed = 1; seed <= 3; seed++) {
            Dataset grounded = GroundedDatasets.random(seed, false);
            Path grit = root.resolve("grit/grit_" + seed + ".jsonl");
            new GritFormat().write(ExportSource.of(grounded), grit, WriteOptions.defaults(null));
            assertThat(new GritFormat().read(grit, ReadOptions.defaults()).dataset().captions())
                    .hasSize(grounded.captions().size());
            Path odvg = root.resolve("odvg/odvg_" + seed + ".jsonl");
            new OdvgFormat().write(ExportSource.of(grounded), odvg, WriteOptions.defaults(null)
                    .withFormatOptions(Map.of("mode", "grounding")));
            assertThat(new OdvgFormat().read(odvg, ReadOptions.defaults()).dataset().phrases())
                    .hasSize(grounded.phrases().size());
            new Kosmos2Format().write(ExportSource.of(grounded), root.resolve("kosmos2/kosmos2_" + seed + ".txt"),
                    WriteOptions.defaults(null));
        }
    }
}
